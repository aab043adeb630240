package io.anshim.certificate.signing;

import io.anshim.certificate.hcert.CertificateType;
import io.anshim.certificate.trust.SignerCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Our signing keys, in a PKCS#12 file outside the repository: the Country Signing CA (CSCA) and the
 * Document Signer Certificates it issued. Made at first start; {@link #rotate} adds a new DSC and
 * keeps the old ones, so certificates they signed stay verifiable. The keystore password is
 * generated and kept beside the file, readable by the server's user only. Nodes may share the
 * folder: a DSC is added under a file lock after reading the file again, and {@link
 * #reloadIfChanged} picks up what another node added.
 */
public final class SigningKeyStore {

  static final String KEYSTORE_FILE = "anshim-signing.p12";
  static final String PASSWORD_FILE = "anshim-signing.password";
  private static final String LOCK_FILE = "anshim-signing.lock";
  private static final String CSCA_ALIAS = "csca";
  private static final String DSC_ALIAS_PREFIX = "dsc-";
  private static final Duration CSCA_VALIDITY = Duration.ofDays(10 * 365);

  /** Longer than a certificate lives (one year), so each DSC outlives everything it signed. */
  private static final Duration DSC_VALIDITY = Duration.ofDays(2 * 365);

  private final Path directory;
  private final Clock clock;
  private final char[] password;
  private KeyStore keyStore;

  /** When the file was last read or written here; another node sharing the folder may write it. */
  private FileTime loaded;

  private SigningKeyStore(Path directory, Clock clock, char[] password, KeyStore keyStore) {
    this.directory = directory;
    this.clock = clock;
    this.password = password;
    this.keyStore = keyStore;
    this.loaded = modifiedTime(directory.resolve(KEYSTORE_FILE));
  }

  /** Opens the keystore in the directory, creating the CSCA and a first DSC if there is none. */
  public static synchronized SigningKeyStore openOrCreate(Path directory, Clock clock) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(KEYSTORE_FILE);
      if (Files.exists(file)) {
        char[] password = Files.readString(directory.resolve(PASSWORD_FILE)).strip().toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
          keyStore.load(in, password);
        }
        return new SigningKeyStore(directory, clock, password, keyStore);
      }
      char[] password = newPassword();
      writePrivately(
          directory.resolve(PASSWORD_FILE),
          new String(password).getBytes(StandardCharsets.US_ASCII));
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, password);
      SigningKeyStore store = new SigningKeyStore(directory, clock, password, keyStore);
      store.createCountrySigningCa();
      store.rotate();
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the signing keystore in " + directory, e);
    }
  }

  /** The newest DSC, the one new certificates are signed with. */
  public synchronized DocumentSigner currentSigner() {
    try {
      String alias = dscAliases().get(0);
      return new DocumentSigner(
          (PrivateKey) keyStore.getKey(alias, password),
          SignerCertificate.of((X509Certificate) keyStore.getCertificate(alias)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the current DSC", e);
    }
  }

  /**
   * The DSC to sign a certificate valid until {@code certificateEnd} with: the current one, or a
   * new one made now when the current one would end first, so each DSC outlives everything it
   * signed.
   */
  public synchronized DocumentSigner signerOutliving(Instant certificateEnd) {
    DocumentSigner current = currentSigner();
    if (!current.certificate().validUntil().isBefore(certificateEnd)) {
      return current;
    }
    return whileHoldingTheFile(
        () -> {
          // another node sharing the folder may have made a new one meanwhile
          DocumentSigner newest = currentSigner();
          return newest.certificate().validUntil().isBefore(certificateEnd) ? addSigner() : newest;
        });
  }

  /**
   * Reads the file again if another process (a node sharing the key folder) wrote it since this one
   * last read or wrote it; true if it did.
   */
  public synchronized boolean reloadIfChanged() {
    Path file = directory.resolve(KEYSTORE_FILE);
    FileTime modified = modifiedTime(file);
    if (modified == null || modified.equals(loaded)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore read = KeyStore.getInstance("PKCS12");
      read.load(in, password);
      keyStore = read;
      loaded = modified;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the signing keystore again", e);
    }
  }

  /** Every DSC we ever made, newest first: what we publish in our trust list. */
  public synchronized List<SignerCertificate> signerCertificates() {
    List<SignerCertificate> signers = new ArrayList<>();
    try {
      for (String alias : dscAliases()) {
        signers.add(SignerCertificate.of((X509Certificate) keyStore.getCertificate(alias)));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the DSCs", e);
    }
    return signers;
  }

  public synchronized X509Certificate countrySigningCertificate() {
    try {
      return (X509Certificate) keyStore.getCertificate(CSCA_ALIAS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the CSCA", e);
    }
  }

  /** Makes a new DSC signed by the CSCA; it becomes current, the old ones stay. */
  public synchronized DocumentSigner rotate() {
    return whileHoldingTheFile(this::addSigner);
  }

  /**
   * Runs {@code change} holding a lock on the key folder (this JVM's and the file system's), after
   * reading the file again: a node sharing the folder never writes over a DSC another one added.
   */
  private DocumentSigner whileHoldingTheFile(Supplier<DocumentSigner> change) {
    synchronized (SigningKeyStore.class) {
      try (FileChannel channel =
              FileChannel.open(
                  directory.resolve(LOCK_FILE),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        reloadIfChanged();
        return change.get();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private DocumentSigner addSigner() {
    try {
      PrivateKey caKey = (PrivateKey) keyStore.getKey(CSCA_ALIAS, password);
      X509Certificate caCertificate = countrySigningCertificate();
      KeyPair keys = newKeyPair();
      Instant now = clock.instant();
      X500Name subject =
          new X500Name("C=KR,O=Anshim,CN=Anshim Document Signer " + now.getEpochSecond());
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              caCertificate,
              serial(),
              Date.from(now),
              Date.from(now.plus(DSC_VALIDITY)),
              subject,
              keys.getPublic());
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(
              KeyPurposeId.getInstance(
                  new ASN1ObjectIdentifier(CertificateType.VACCINATION.keyUsageOids().get(0)))));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          extensions.createAuthorityKeyIdentifier(caCertificate));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensions.createSubjectKeyIdentifier(keys.getPublic()));
      X509Certificate certificate = sign(builder, caKey);
      SignerCertificate signer = SignerCertificate.of(certificate);
      // time first, so the newest sorts first; the key id keeps two rotations in one instant apart
      String alias =
          String.format(
              "%s%019d-%s",
              DSC_ALIAS_PREFIX,
              now.toEpochMilli(),
              java.util.HexFormat.of().formatHex(signer.keyId().bytes()));
      keyStore.setKeyEntry(
          alias, keys.getPrivate(), password, new Certificate[] {certificate, caCertificate});
      save();
      return new DocumentSigner(keys.getPrivate(), signer);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot make a new DSC", e);
    }
  }

  private void createCountrySigningCa() throws GeneralSecurityException, IOException {
    KeyPair keys = newKeyPair();
    Instant now = clock.instant();
    X500Name subject = new X500Name("C=KR,O=Anshim,CN=Anshim Country Signing CA");
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            serial(),
            Date.from(now),
            Date.from(now.plus(CSCA_VALIDITY)),
            subject,
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    builder.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
    try {
      X509Certificate certificate = sign(builder, keys.getPrivate());
      keyStore.setKeyEntry(
          CSCA_ALIAS, keys.getPrivate(), password, new Certificate[] {certificate});
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private List<String> dscAliases() throws GeneralSecurityException {
    List<String> aliases = new ArrayList<>();
    for (String alias : Collections.list(keyStore.aliases())) {
      if (alias.startsWith(DSC_ALIAS_PREFIX)) {
        aliases.add(alias);
      }
    }
    if (aliases.isEmpty()) {
      throw new GeneralSecurityException("the keystore has no DSC");
    }
    aliases.sort(Comparator.reverseOrder());
    return aliases;
  }

  private void save() throws IOException, GeneralSecurityException {
    Path temporary = directory.resolve(KEYSTORE_FILE + ".new");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      keyStore.store(out, password);
    }
    restrictToOwner(temporary);
    Files.move(
        temporary,
        directory.resolve(KEYSTORE_FILE),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    loaded = modifiedTime(directory.resolve(KEYSTORE_FILE));
  }

  private static FileTime modifiedTime(Path file) {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(127, new SecureRandom());
  }

  private static char[] newPassword() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
  }

  private static void writePrivately(Path file, byte[] content) throws IOException {
    // created owner-only from the start, so the password is never readable by others
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.write(file, content);
  }

  private static void restrictToOwner(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
