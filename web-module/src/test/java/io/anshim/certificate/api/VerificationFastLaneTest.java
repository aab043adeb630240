package io.anshim.certificate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationFastLaneTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Test
  void readsTheTextAsJsonBBindsIt() {
    for (String body :
        new String[] {
          "{\"text\":\"HC1:6BF+70790T9WJWG\"}",
          " { \"text\" : \"HC1:A\\u0042C\" } ",
          "{\"other\":1,\"text\":\"HC1:X\",\"more\":{\"a\":[1,{\"b\":2}]},\"list\":[[]]}",
          "{\"text\":\"first\",\"text\":\"last\"}",
          "{\"text\":\"\"}",
          "{\"text\":null}",
          "{}",
          "{\"text\":\"가나다 \\\"quoted\\\"\"}"
        }) {
      Optional<VerificationFastLane.ShownText> read =
          VerificationFastLane.textField(bytes(body), StandardCharsets.UTF_8);
      assertTrue(read.isPresent(), body);
      assertEquals(
          jsonb.fromJson(body, CertificatesResource.VerifyRequest.class).text(),
          read.get().text(),
          body);
    }
  }

  @Test
  void leavesEveryOtherBodyToTheResource() {
    for (String body :
        new String[] {
          "",
          "   ",
          "[]",
          "\"HC1:X\"",
          "null",
          "{",
          "{\"text\":",
          "{\"text\":\"HC1:X\"",
          "{\"text\":\"HC1:X\"}}",
          "{\"text\":\"HC1:X\"} trailing",
          "{\"text\":5}",
          "{\"text\":true}",
          "{\"text\":[\"HC1:X\"]}",
          "{\"text\":{\"a\":1}}",
          "not json at all"
        }) {
      assertEquals(
          Optional.empty(),
          VerificationFastLane.textField(bytes(body), StandardCharsets.UTF_8),
          body);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
