package org.civicportal.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The standalone admin's password (statistics pages), stored only as a salted PBKDF2-HMAC-SHA256
 * hash in the data directory, as {@code pbkdf2-sha256$iterations$salt$hash}: the scheme and work
 * factor travel with each hash, so raising {@link #ITERATIONS} keeps older hashes readable. It
 * comes from {@code CIVIC_ADMIN_PASSWORD} when set, else it is generated on first start and written
 * to a file only the owner can read (never to the console or a log, which are often collected and
 * shared); the console shows where that file is.
 */
public final class AdminPassword {
  public static final String ENV = "CIVIC_ADMIN_PASSWORD";
  static final String FILE = "admin-password";
  static final String GENERATED_FILE = "generated-admin-password";
  private static final String SCHEME = "pbkdf2-sha256";

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
  static final int ITERATIONS = 600_000;

  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private AdminPassword(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * The password of the data directory: {@code fromEnv} if not blank (stored, replacing an older
   * one and any generated one), else the stored one, else a new random one, written to {@link
   * #GENERATED_FILE} whose path is printed to {@code out}.
   */
  public static AdminPassword init(
      Path dataDir, String fromEnv, SecureRandom random, PrintStream out) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      Files.deleteIfExists(dataDir.resolve(GENERATED_FILE));
      return store(file, fromEnv.toCharArray(), random);
    }
    if (Files.exists(file)) {
      return parse(Files.readString(file, StandardCharsets.US_ASCII).trim(), file);
    }
    byte[] bytes = new byte[15];
    random.nextBytes(bytes);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    AdminPassword stored = store(file, generated.toCharArray(), random);
    Path generatedFile = dataDir.resolve(GENERATED_FILE);
    DataFiles.writePrivate(generatedFile, generated + "\n");
    out.println(
        "Generated the admin password (user \"admin\") into "
            + generatedFile
            + " (readable by this user only); note it, then delete that file.");
    out.println("Set " + ENV + " to choose your own.");
    return stored;
  }

  private static AdminPassword store(Path file, char[] password, SecureRandom random)
      throws IOException {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    AdminPassword result = new AdminPassword(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    Base64.Encoder b64 = Base64.getEncoder();
    DataFiles.writePrivate(
        file,
        SCHEME
            + "$"
            + ITERATIONS
            + "$"
            + b64.encodeToString(salt)
            + "$"
            + b64.encodeToString(result.hash)
            + "\n");
    return result;
  }

  private static AdminPassword parse(String line, Path file) throws IOException {
    String[] parts = line.split("\\$");
    try {
      if (parts.length == 4 && parts[0].equals(SCHEME)) {
        Base64.Decoder b64 = Base64.getDecoder();
        return new AdminPassword(
            Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("unreadable password hash in " + file, e);
    }
    throw new IOException(
        "unreadable password hash in " + file + "; delete it to generate a new password");
  }

  /** Whether {@code candidate} is the password; takes the same time whatever it is. */
  public boolean matches(char[] candidate) {
    byte[] derived = derive(candidate, salt, iterations);
    return MessageDigest.isEqual(derived, hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
