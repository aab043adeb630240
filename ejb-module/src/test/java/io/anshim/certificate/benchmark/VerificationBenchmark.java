package io.anshim.certificate.benchmark;

import io.anshim.certificate.hcert.DccSchema;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.issuance.CertificateHolder;
import io.anshim.certificate.issuance.IcaoName;
import io.anshim.certificate.issuance.IssuedCertificate;
import io.anshim.certificate.issuance.VaccinationCertificateIssuer;
import io.anshim.certificate.issuance.VaccinationDose;
import io.anshim.certificate.signing.DocumentSigner;
import io.anshim.certificate.signing.SigningKeyStore;
import io.anshim.certificate.trust.SignerCertificate;
import io.anshim.certificate.trust.TrustList;
import io.anshim.certificate.verification.HcertVerifier;
import java.nio.file.Files;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * Verifications per second, single- and two-threaded: ES256 with BouncyCastle vs the JDK, and the
 * whole HC1 pipeline. Not a test; run by hand (command in docs/benchmarks.md).
 */
public final class VerificationBenchmark {

  private static final long SECONDS = 5;

  public static void main(String[] args) throws Exception {
    SigningKeyStore keys =
        SigningKeyStore.openOrCreate(Files.createTempDirectory("bench-keys"), Clock.systemUTC());
    DocumentSigner signer = keys.currentSigner();
    SignerCertificate dsc = signer.certificate();
    VaccinationCertificateIssuer issuer = new VaccinationCertificateIssuer("KDCA");
    CertificateHolder holder =
        new CertificateHolder(
            "홍",
            "길동",
            IcaoName.normalise("Hong"),
            Optional.of(IcaoName.normalise("Gil Dong")),
            LocalDate.of(1980, 5, 4),
            Optional.empty());
    VaccinationDose dose =
        new VaccinationDose(
            "J07BX03", "EU/1/20/1528", "ORG-100030215", 2, 2, LocalDate.of(2021, 8, 20));
    Instant now = Instant.now();
    IssuedCertificate issued = issuer.issue(holder, dose, signer, now);
    Hcert hcert = Hcert.decode(issued.text());
    byte[] tbs = hcert.message().toBeSigned();
    byte[] signature = hcert.message().signature();
    HcertVerifier verifier =
        new HcertVerifier(TrustList.of(keys.signerCertificates()), DccSchema.load());

    BooleanSupplier bouncyCastle =
        () -> dsc.verifies(io.anshim.certificate.hcert.SignatureAlgorithm.ES256, tbs, signature);
    org.bouncycastle.crypto.params.AsymmetricKeyParameter bcKey =
        org.bouncycastle.crypto.util.PublicKeyFactory.createKey(
            dsc.certificate().getPublicKey().getEncoded());
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(tbs);
    java.math.BigInteger r = new java.math.BigInteger(1, java.util.Arrays.copyOf(signature, 32));
    java.math.BigInteger sValue =
        new java.math.BigInteger(1, java.util.Arrays.copyOfRange(signature, 32, 64));
    BooleanSupplier ecdsaSigner =
        () -> {
          org.bouncycastle.crypto.signers.ECDSASigner v =
              new org.bouncycastle.crypto.signers.ECDSASigner();
          v.init(false, bcKey);
          return v.verifySignature(digest, r, sValue);
        };
    BooleanSupplier jdk =
        () -> {
          try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initVerify(dsc.certificate().getPublicKey());
            s.update(tbs);
            return s.verify(signature);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    BooleanSupplier pipeline = () -> verifier.verify(issued.text(), now).isValid();
    BooleanSupplier issuance = () -> issuer.issue(holder, dose, signer, now).text().length() > 0;

    if (Boolean.getBoolean("bench.steps")) {
      steps(issued.text(), hcert, dsc, DccSchema.load(), now);
    }
    for (int threads : new int[] {1, 2}) {
      report("ES256 verify, SignerCertificate (comb)", threads, bouncyCastle);
      report("ES256 verify, BouncyCastle ECDSASigner", threads, ecdsaSigner);
      report("ES256 verify, JDK SunEC", threads, jdk);
      report("HC1 full pipeline (BC)", threads, pipeline);
      report("HC1 issuance (JDK signing)", threads, issuance);
    }
  }

  /** One thread, each step of the pipeline alone: where the time of a verification goes. */
  private static void steps(
      String text, Hcert hcert, SignerCertificate dsc, DccSchema schema, Instant now)
      throws Exception {
    String base45 = io.anshim.certificate.hcert.HcertPrefix.strip(text);
    byte[] compressed = io.anshim.certificate.hcert.Base45Text.decode(base45);
    byte[] cose = io.anshim.certificate.hcert.Zlib.inflate(compressed);
    byte[] payload = hcert.message().payload();
    byte[] tbs = hcert.message().toBeSigned();
    byte[] signature = hcert.message().signature();
    com.fasterxml.jackson.databind.JsonNode json = hcert.claims().dccJson();
    report(
        "step: Base45 decode",
        1,
        () -> io.anshim.certificate.hcert.Base45Text.decode(base45).length > 0);
    report(
        "step: zlib inflate",
        1,
        () -> io.anshim.certificate.hcert.Zlib.inflate(compressed).length > 0);
    report(
        "step: COSE parse",
        1,
        () -> io.anshim.certificate.hcert.CoseSign1.parse(cose).signature().length > 0);
    report(
        "step: CWT claims parse",
        1,
        () -> io.anshim.certificate.hcert.CwtClaims.parse(payload).issuer().isPresent());
    report("step: Sig_structure", 1, () -> hcert.message().toBeSigned().length > 0);
    report(
        "step: ES256 verify (BC)",
        1,
        () -> dsc.verifies(io.anshim.certificate.hcert.SignatureAlgorithm.ES256, tbs, signature));
    report("step: DCC to JSON tree", 1, () -> hcert.claims().dccJson().size() > 0);
    report(
        "step: HealthCertificate.of",
        1,
        () ->
            io.anshim.certificate.verification.HealthCertificate.of(hcert.claims(), json)
                    .vaccinations()
                    .size()
                > 0);
    report("step: schema validation", 1, () -> schema.violations(json).isEmpty());
  }

  private static void report(String name, int threads, BooleanSupplier operation) throws Exception {
    run(operation, 1, 2); // warm-up
    double perSecond = run(operation, threads, SECONDS);
    System.out.printf("%-30s %d thread(s): %,10.0f /s%n", name, threads, perSecond);
  }

  private static double run(BooleanSupplier operation, int threads, long seconds) throws Exception {
    LongAdder count = new LongAdder();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  if (!operation.getAsBoolean()) {
                    throw new IllegalStateException("verification failed");
                  }
                  count.increment();
                }
              });
      workers[i].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return count.sum() / (double) seconds;
  }

  private VerificationBenchmark() {}
}
