package io.anshim.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator's change to a center reaches the next public read (the cached directory is
 * invalidated), and only operators may change centers.
 */
@ExtendWith(ArquillianExtension.class)
class CenterEditIT {

  private static final String OPERATOR = "operator1";
  private static final String VACCINATOR = "vaccinator1";
  private static final String PASSWORD = "anshim-demo";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void anEditedCenterIsSeenByTheNextRead() {
    Api citizen = new Api(base);
    JsonObject before = lastCenterOfJeju(citizen); // this read fills the cache
    long id = before.getJsonNumber("id").longValue();

    Api operator = new Api(base).as(OPERATOR, PASSWORD);
    JsonObject editable = operator.get("api/operator/centers/" + id).object();
    JsonObject changed =
        Json.createObjectBuilder(editable)
            .add("nameKo", "제주 새 예방접종센터")
            .add("nameEn", "Jeju New Vaccination Center")
            .add("vaccineCodes", Json.createArrayBuilder().add("MODERNA").add("PFIZER"))
            .build();
    Api.Reply saved = operator.put("api/operator/centers/" + id, changed);
    assertEquals(200, saved.status(), saved::toString);

    JsonObject after = lastCenterOfJeju(citizen);
    assertEquals(id, after.getJsonNumber("id").longValue());
    assertEquals("제주 새 예방접종센터", after.getJsonObject("name").getString("ko"));
    assertEquals("Jeju New Vaccination Center", after.getJsonObject("name").getString("en"));
    assertEquals(
        "[\"MODERNA\",\"PFIZER\"]",
        after.getJsonArray("vaccines").stream()
            .map(v -> "\"" + v.asJsonObject().getString("code") + "\"")
            .toList()
            .toString()
            .replace(" ", ""));
  }

  @Test
  void aStaleEditIsRefusedAndChangesNothing() {
    Api operator = new Api(base).as(OPERATOR, PASSWORD);
    JsonObject editable = operator.get("api/operator/centers/2").object();
    JsonObject stale =
        Json.createObjectBuilder(editable)
            .add("version", editable.getInt("version") - 1)
            .add("nameKo", "오래된 이름")
            .build();

    Api.Reply reply = operator.put("api/operator/centers/2", stale);

    assertEquals(409, reply.status(), reply::toString);
    assertEquals("error.centerChangedMeanwhile", reply.object().getString("error"));
    assertEquals(editable, operator.get("api/operator/centers/2").object());
  }

  @Test
  void anInvalidEditNamesEachFieldAndChangesNothing() {
    Api operator = new Api(base).as(OPERATOR, PASSWORD).inLanguage("ko");
    JsonObject editable = operator.get("api/operator/centers/3").object();
    JsonObject invalid =
        Json.createObjectBuilder(editable)
            .add("nameKo", " ")
            .add("phone", "call me")
            .add("vaccineCodes", JsonValue.EMPTY_JSON_ARRAY)
            .build();

    Api.Reply reply = operator.put("api/operator/centers/3", invalid);

    assertEquals(400, reply.status(), reply::toString);
    assertEquals("error.validation", reply.object().getString("error"));
    assertEquals(
        "[nameKo, phone, vaccineCodes]",
        reply.object().getJsonArray("fields").stream()
            .map(f -> f.asJsonObject().getString("field"))
            .toList()
            .toString());
    assertTrue(reply.body().contains("센터의 한글 이름을 입력하세요."), reply::toString);
    assertEquals(editable, operator.get("api/operator/centers/3").object());
  }

  /** Hospitals give a nationwide representative number (Konkuk University Medical Center). */
  @Test
  void aCenterWithARepresentativeNumberCanBeSavedAsItStands() {
    Api operator = new Api(base).as(OPERATOR, PASSWORD);
    JsonObject editable = operator.get("api/operator/centers/234").object();
    assertEquals("1588-1533", editable.getString("phone"), editable::toString);

    Api.Reply saved = operator.put("api/operator/centers/234", editable);

    assertEquals(200, saved.status(), saved::toString);
    assertEquals("1588-1533", operator.get("api/operator/centers/234").object().getString("phone"));
  }

  @Test
  void aBodyThatIsNotJsonIsA400() {
    Api.Reply reply =
        new Api(base).as(OPERATOR, PASSWORD).putText("api/operator/centers/1", "{not json");

    assertEquals(400, reply.status(), reply::toString);
    assertEquals("error.malformedBody", reply.object().getString("error"));
  }

  @Test
  void onlyOperatorsMayEditCenters() {
    assertEquals(401, new Api(base).get("api/operator/centers/1").status());
    assertEquals(
        401, new Api(base).as(OPERATOR, "wrong-password").get("api/operator/centers/1").status());
    assertEquals(
        403, new Api(base).as(VACCINATOR, PASSWORD).get("api/operator/centers/1").status());
    assertEquals(
        403,
        new Api(base)
            .as(VACCINATOR, PASSWORD)
            .put("api/operator/centers/1", JsonValue.EMPTY_JSON_OBJECT)
            .status());
  }

  @Test
  void healthSaysTheDatabaseAndCachesAreUp() {
    Api.Reply reply = new Api(base).get("api/health");

    assertEquals(200, reply.status(), reply::toString);
    JsonObject checks = reply.object().getJsonObject("checks");
    assertEquals("UP", checks.getString("database"));
    assertEquals("UP", checks.getString("cache:centers"));
    assertTrue(reply.object().getBoolean("up"));
  }

  private static JsonObject lastCenterOfJeju(Api api) {
    var items =
        api.get("api/centers?province=50&district=50130&size=100").object().getJsonArray("items");
    return items.getJsonObject(items.size() - 1);
  }
}
