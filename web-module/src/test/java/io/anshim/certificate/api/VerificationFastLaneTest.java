package io.anshim.certificate.api;

import static io.anshim.shared.api.LaneExchanges.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
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

  private static final String VERIFY = VerificationFastLane.PATH;
  private static final long MAX = VerificationFastLane.MAX_BODY;

  @Test
  void takesPlainVerificationPostsWithAShortBody() {
    assertTrue(takes(Methods.POST, VERIFY, "application/json", 600));
    assertTrue(takes(Methods.POST, VERIFY, "Application/JSON; charset=UTF-8", 600));
    assertTrue(takes(Methods.POST, VERIFY, "text/plain", 0));
    assertTrue(takes(Methods.POST, VERIFY, "application/json", MAX));
  }

  @Test
  void leavesEveryOtherRequestToTheServlets() {
    assertFalse(takes(Methods.GET, VERIFY, "application/json", 600));
    assertFalse(takes(Methods.POST, "/api/certificates/verify-picture", "application/json", 600));
    assertFalse(takes(Methods.POST, VERIFY + "/", "application/json", 600));
    assertFalse(takes(Methods.POST, VERIFY, "image/png", 600));
    assertFalse(takes(Methods.POST, VERIFY, null, 600));
    assertFalse(takes(Methods.POST, VERIFY, "application/json", -1));
    assertFalse(takes(Methods.POST, VERIFY, "application/json", MAX + 1));
    HttpServerExchange expectsContinue = request(Methods.POST, VERIFY, "application/json", 600);
    expectsContinue.getRequestHeaders().put(Headers.EXPECT, "100-continue");
    assertFalse(VerificationFastLane.takes(expectsContinue));
  }

  private static boolean takes(HttpString method, String path, String contentType, long length) {
    return VerificationFastLane.takes(request(method, path, contentType, length));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
