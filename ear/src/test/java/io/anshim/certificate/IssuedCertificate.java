package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A domestic certificate the portal issued to a citizen after a recorded dose (through the
 * certificate-test hooks), with its QR picture as the citizen downloads it.
 */
record IssuedCertificate(Person holder, String uvci, String text, byte[] qrPng) {

  /** After dose 2 of 2 of Pfizer, 20 days ago. */
  static IssuedCertificate issueTo(URL base, Person person) {
    return issueTo(base, person, 20);
  }

  /** After dose 2 of 2 of Pfizer, that many days ago. */
  static IssuedCertificate issueTo(URL base, Person person, int daysAgo) {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    long citizenId = citizen.signInWithCarrier(person).getJsonNumber("citizenId").longValue();
    Api.Reply dose =
        new Api(base)
            .postBytes(
                "certificate-test/dose?citizen="
                    + citizenId
                    + "&vaccine=PFIZER&dose=2&of=2&daysAgo="
                    + daysAgo,
                "text/plain",
                new byte[0]);
    assertEquals(200, dose.status(), dose::toString);
    Api.Reply mine = citizen.get("api/certificates/mine");
    assertEquals(200, mine.status(), mine::toString);
    JsonObject certificate = mine.object();
    String uvci = certificate.getString("uvci");
    return new IssuedCertificate(
        person,
        uvci,
        certificate.getString("text"),
        citizen.getBytes(
            "api/certificates/mine/"
                + URLEncoder.encode(uvci, StandardCharsets.UTF_8)
                + "/qr.png"));
  }
}
