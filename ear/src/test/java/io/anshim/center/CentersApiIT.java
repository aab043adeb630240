package io.anshim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/centers and the region lists, on the demo data, with clear refusals. */
@ExtendWith(ArquillianExtension.class)
class CentersApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void seoulHasItsDemoCentersInPages() {
    JsonObject page = new Api(base).get("api/centers?province=11&size=100").object();

    JsonArray items = page.getJsonArray("items");
    assertTrue(page.getInt("totalItems") >= 25, "Seoul has at least one center per gu: " + page);
    assertEquals(page.getInt("totalItems"), items.size());
    for (JsonValue item : items) {
      JsonObject center = item.asJsonObject();
      assertTrue(
          center.getJsonObject("district").getString("code").startsWith("11"), center::toString);
      assertTrue(center.getJsonArray("vaccines").size() >= 1, center::toString);
    }
  }

  @Test
  void aDistrictNarrowsTheSearchAndPagesAreCounted() {
    Api api = new Api(base);
    JsonObject jongno = api.get("api/centers?province=11&district=11110").object();
    JsonObject firstCenter = jongno.getJsonArray("items").getJsonObject(0);
    assertEquals(1, firstCenter.getInt("id"));
    assertEquals("종로구 예방접종센터", firstCenter.getJsonObject("name").getString("ko"));

    JsonObject gyeonggi = api.get("api/centers?province=41&page=1&size=5").object();
    assertEquals(5, gyeonggi.getJsonArray("items").size());
    assertEquals(1, gyeonggi.getInt("page"));
    assertEquals((gyeonggi.getInt("totalItems") + 4) / 5, gyeonggi.getInt("totalPages"));
  }

  @Test
  void aVaccineFilterKeepsOnlyCentersOfferingIt() {
    JsonObject page =
        new Api(base).get("api/centers?province=26&vaccine=JANSSEN&size=100").object();
    for (JsonValue item : page.getJsonArray("items")) {
      boolean offersJanssen =
          item.asJsonObject().getJsonArray("vaccines").stream()
              .anyMatch(v -> v.asJsonObject().getString("code").equals("JANSSEN"));
      assertTrue(offersJanssen, item::toString);
    }
  }

  @Test
  void regionsAndVaccinesAreListed() {
    Api api = new Api(base);
    assertEquals(17, api.get("api/provinces").json().asJsonArray().size());
    assertEquals(25, api.get("api/provinces/11/districts").json().asJsonArray().size());
    JsonArray vaccines = api.get("api/vaccines").json().asJsonArray();
    assertEquals(4, vaccines.size());
    JsonObject astraZeneca =
        vaccines.stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("code").equals("ASTRAZENECA"))
            .findFirst()
            .orElseThrow();
    assertEquals(56, astraZeneca.getInt("minIntervalDays"));
    assertEquals(84, astraZeneca.getInt("maxIntervalDays"));
  }

  @Test
  void anUnknownProvinceIsA400WithAClearMessage() {
    Api.Reply reply = new Api(base).get("api/centers?province=99");

    assertEquals(400, reply.status(), reply::toString);
    assertEquals("error.unknownProvince", reply.object().getString("error"));
    assertEquals(
        "There is no province with code 99. See /api/provinces for the codes.",
        reply.object().getString("message"));
  }

  @Test
  void malformedParametersAre400sNever500s() {
    Api api = new Api(base);
    assertRefused(api.get("api/centers?province=abc"), "error.provinceFormat");
    assertRefused(api.get("api/centers"), "error.provinceRequired");
    assertRefused(api.get("api/centers?province=11&district=26110"), "error.districtNotInProvince");
    assertRefused(api.get("api/centers?province=11&district=11999"), "error.unknownDistrict");
    assertRefused(api.get("api/centers?province=11&vaccine=SPUTNIK"), "error.unknownVaccine");
    assertRefused(api.get("api/centers?province=11&page=-1"), "error.pageNegative");
    assertRefused(api.get("api/centers?province=11&size=1000"), "error.pageSize");
    assertRefused(api.get("api/centers?province=11&size=ten"), "error.notANumber");
    assertRefused(api.get("api/provinces/1/districts"), "error.provinceFormat");
  }

  @Test
  void refusalsSpeakKoreanWhenAsked() {
    Api.Reply reply = new Api(base).inLanguage("ko-KR,ko;q=0.9").get("api/centers?province=99");

    assertEquals(400, reply.status());
    assertEquals(
        "코드가 99인 시·도가 없습니다. 코드는 /api/provinces 에서 볼 수 있습니다.", reply.object().getString("message"));
  }

  private static void assertRefused(Api.Reply reply, String error) {
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(error, reply.object().getString("error"), reply::toString);
    assertTrue(!reply.object().getString("message").isBlank(), reply::toString);
  }
}
