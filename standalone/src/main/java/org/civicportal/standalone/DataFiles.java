package org.civicportal.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Small secret files in the data directory: written atomically, readable by the owner only. */
final class DataFiles {
    private DataFiles() {
    }

    /** Random bytes kept in {@code file}, created on first use (e.g. the visitor-cookie key). */
    static byte[] secret(Path file, int length, SecureRandom random) throws IOException {
        if (Files.exists(file)) {
            byte[] stored = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (stored.length == length) {
                return stored;
            }
        }
        byte[] fresh = new byte[length];
        random.nextBytes(fresh);
        writePrivate(file, Base64.getEncoder().encodeToString(fresh) + "\n");
        return fresh;
    }

    static void writePrivate(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("concurrent write of " + file, e);
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
