package archive.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Zipped bags as bagit-java, an independent reader, sees them. */
public final class Bags {

    private Bags() {
    }

    /** Unzips into a directory and returns the bag's base directory, the zip's only top directory. */
    public static Path unzip(byte[] zipped, Path into) {
        try {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = into.resolve(entry.getName()).normalize();
                    assertTrue(target.startsWith(into), "an entry outside the zip's directory: " + entry.getName());
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
            try (var tops = Files.list(into)) {
                List<Path> top = tops.toList();
                assertEquals(1, top.size(), "a zipped bag has one top-level directory (RFC 8493 §4.2)");
                return top.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the bag and checks it is complete and every checksum holds, hidden files included. */
    public static Bag verified(Path base) throws Exception {
        Bag bag = new BagReader().read(base);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
        return bag;
    }

    /** Flips one byte of a payload file and checks bagit-java refuses the bag. */
    public static void assertRefusedAfterFlippingAByteOf(Path base, Path payloadFile) throws IOException {
        byte[] bytes = Files.readAllBytes(payloadFile);
        bytes[0] ^= 1;
        Files.write(payloadFile, bytes);
        assertThrows(CorruptChecksumException.class, () -> verified(base));
    }
}
