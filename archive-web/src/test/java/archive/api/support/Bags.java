package archive.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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

    /** Zips a bag as RFC 8493 §4.2 serializes it: every file under one top-level directory named like the bag. */
    public static byte[] zip(Path base) {
        return zip(entries(base));
    }

    /** The entries {@link #zip(Path)} writes, by name, for a test to add to. */
    public static Map<String, byte[]> entries(Path base) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                entries.put(base.getFileName() + "/" + base.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A zip of exactly these entries, names as given (a test may give names no zip tool would write). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
        flipFirstByte(payloadFile);
        assertThrows(CorruptChecksumException.class, () -> verified(base));
    }

    /** Damages a file as a bad transfer would: same length, one bit changed. */
    public static void flipFirstByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 1;
        Files.write(file, bytes);
    }
}
