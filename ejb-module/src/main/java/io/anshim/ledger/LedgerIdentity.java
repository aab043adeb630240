package io.anshim.ledger;

import io.anshim.ledger.note.CosignatureFreshness;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteSigner;
import io.anshim.ledger.note.NoteVerifier;
import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.SignerKey;
import io.anshim.ledger.note.VerifierKey;
import io.anshim.ledger.note.WitnessPolicy;
import io.anshim.shared.KeyFolder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who the log is: its origin, its Ed25519 checkpoint key and the witnesses it accepts. The key is
 * generated at first start into the server's data folder (never the repository), readable by the
 * server's user only.
 *
 * <p>Settings, each a system property or else an environment variable: {@code anshim.ledger.origin}
 * / {@code ANSHIM_LEDGER_ORIGIN} (default {@value #DEFAULT_ORIGIN}); {@code anshim.ledger.key.file}
 * / {@code ANSHIM_LEDGER_KEY_FILE} (default {@code ledger.skey} in the {@link KeyFolder}); {@code
 * anshim.ledger.cosignature.max.age.s} (3600) and {@code anshim.ledger.cosignature.skew.s} (60):
 * how old, and how far ahead of our clock, a received cosignature's timestamp may be; {@code
 * anshim.ledger.witnesses} / {@code ANSHIM_LEDGER_WITNESSES} (witness vkeys, separated by commas or
 * spaces); {@code anshim.ledger.witness.quorum} / {@code ANSHIM_LEDGER_WITNESS_QUORUM} (default:
 * all).
 */
@ApplicationScoped
public class LedgerIdentity {

  static final String DEFAULT_ORIGIN = "anshim.example/ledger";
  private static final Logger LOG = Logger.getLogger(LedgerIdentity.class.getName());

  @Inject private KeyFolder keyFolder;

  private String origin;
  private NoteSigner signer;
  private WitnessPolicy witnesses;
  private CosignatureFreshness cosignatureFreshness;

  @PostConstruct
  void load() {
    origin = setting("anshim.ledger.origin", "ANSHIM_LEDGER_ORIGIN").orElse(DEFAULT_ORIGIN);
    Path keyFile =
        setting("anshim.ledger.key.file", "ANSHIM_LEDGER_KEY_FILE")
            .map(Path::of)
            .orElseGet(() -> keyFolder.path().resolve("ledger.skey"));
    signer = new NoteSigner(keyAt(keyFile));
    witnesses = witnessPolicy();
    cosignatureFreshness =
        new CosignatureFreshness(
            Duration.ofSeconds(
                setting(
                        "anshim.ledger.cosignature.max.age.s",
                        "ANSHIM_LEDGER_COSIGNATURE_MAX_AGE_S")
                    .map(Long::parseLong)
                    .orElse(CosignatureFreshness.DEFAULT.maxAge().toSeconds())),
            Duration.ofSeconds(
                setting("anshim.ledger.cosignature.skew.s", "ANSHIM_LEDGER_COSIGNATURE_SKEW_S")
                    .map(Long::parseLong)
                    .orElse(CosignatureFreshness.DEFAULT.maxSkew().toSeconds())));
    LOG.info(
        () ->
            "Ledger "
                + origin
                + " signs checkpoints with "
                + signer.verifierKey().encoded()
                + (witnesses == null
                    ? ""
                    : "; witnesses: "
                        + witnesses.threshold()
                        + " of "
                        + witnesses.witnesses().size()));
  }

  private SignerKey keyAt(Path file) {
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      SignerKey key = SignerKey.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!key.name().equals(origin)) {
        throw new IllegalStateException(
            "the ledger key in "
                + file
                + " is for '"
                + key.name()
                + "', not for the configured origin '"
                + origin
                + "'");
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the ledger key " + file, e);
    } catch (InvalidNoteException e) {
      throw new IllegalStateException("the ledger key in " + file + " is malformed", e);
    }
  }

  private void generate(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    SignerKey key = SignerKey.generate(origin, SignatureType.ED25519, new SecureRandom());
    byte[] text = (key.encoded() + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException anotherStartWon) {
      return;
    }
    Files.write(file, text, StandardOpenOption.TRUNCATE_EXISTING);
    LOG.info(() -> "Generated the ledger key " + key.verifierKey().encoded() + " in " + file);
  }

  private static WitnessPolicy witnessPolicy() {
    List<String> vkeys =
        setting("anshim.ledger.witnesses", "ANSHIM_LEDGER_WITNESSES")
            .map(text -> Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList())
            .orElse(List.of());
    if (vkeys.isEmpty()) {
      return null;
    }
    int quorum =
        setting("anshim.ledger.witness.quorum", "ANSHIM_LEDGER_WITNESS_QUORUM")
            .map(Integer::parseInt)
            .orElse(vkeys.size());
    try {
      return WitnessPolicy.of(quorum, vkeys);
    } catch (InvalidNoteException e) {
      throw new IllegalStateException(
          "a configured ledger witness key is malformed: " + e.getMessage(), e);
    }
  }

  static Optional<String> setting(String property, String environment) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String origin() {
    return origin;
  }

  public NoteSigner signer() {
    return signer;
  }

  public VerifierKey publicKey() {
    return signer.verifierKey();
  }

  public NoteVerifier verifier() {
    return NoteVerifier.of(signer.verifierKey());
  }

  /** How old or how far ahead a witness cosignature's timestamp may be when we receive it. */
  public CosignatureFreshness cosignatureFreshness() {
    return cosignatureFreshness;
  }

  /** The configured k-of-n witness policy, if any witness is configured. */
  public Optional<WitnessPolicy> witnesses() {
    return Optional.ofNullable(witnesses);
  }
}
