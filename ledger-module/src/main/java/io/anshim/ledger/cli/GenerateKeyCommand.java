package io.anshim.ledger.cli;

import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.SignerKey;
import java.security.SecureRandom;
import java.util.Set;

/** A new Ed25519 key pair for a log (checkpoint signing) or a witness (cosigning). */
final class GenerateKeyCommand implements Command {

  @Override
  public String name() {
    return "generate-key";
  }

  @Override
  public String synopsis() {
    return "--name NAME [--type log|witness]";
  }

  @Override
  public String description() {
    return "prints a new private key (skey, keep secret) and its public key (vkey), one per line";
  }

  @Override
  public Set<String> options() {
    return Set.of("name", "type");
  }

  @Override
  public int run(Arguments arguments, CommandContext context) throws CliException {
    String type = arguments.has("type") ? arguments.required("type") : "log";
    SignatureType signatureType =
        switch (type) {
          case "log" -> SignatureType.ED25519;
          case "witness" -> SignatureType.COSIGNATURE_V1;
          default -> throw new CliException("--type must be log or witness, got '" + type + "'");
        };
    SignerKey key =
        SignerKey.generate(arguments.required("name"), signatureType, new SecureRandom());
    context.out().println(key.encoded());
    context.out().println(key.verifierKey().encoded());
    return VALID;
  }
}
