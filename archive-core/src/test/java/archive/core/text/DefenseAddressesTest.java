package archive.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DefenseAddressesTest {

    @Test
    void knowsTheDepartmentsSites() {
        assertTrue(DefenseAddresses.isDefenseHost("https://www.defense.gov/News/News-Stories/"));
        assertTrue(DefenseAddresses.isDefenseHost("media.defense.gov/2024/Jul/22/x.JPG"));
        assertTrue(DefenseAddresses.isDefenseHost("https://www.army.mil/article/1"));
        assertTrue(DefenseAddresses.isDefenseHost("https://www.war.gov/News/News-Stories/Article/Article/4300000/"));
        assertTrue(DefenseAddresses.isDefenseHost("https://www.dvidshub.net/news/512345/airmen-repair-runway"));
        assertFalse(DefenseAddresses.isDefenseHost("https://www.notwar.gov/"));
        assertFalse(DefenseAddresses.isDefenseHost("https://dvidshub.net.example.org/"));
        assertFalse(DefenseAddresses.isDefenseHost("https://defense.gov.example.com/"));
        assertFalse(DefenseAddresses.isDefenseHost("https://notdefense.gov/"));
        assertFalse(DefenseAddresses.isDefenseHost("not a url"));
    }

    @Test
    void readsTheUploadDayOfADefenseMediaPath() {
        assertEquals(Optional.of(LocalDate.of(2024, 7, 22)), DefenseAddresses.mediaPathDate(
                "https://media.defense.gov/2024/Jul/22/2003508043/825/780/0/240415-D-D0439-1167.JPG\n\nText"));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 5)), DefenseAddresses.mediaPathDate(
                "MEDIA.DEFENSE.GOV/2023/Sept/05/x.jpg"));
        assertEquals(Optional.empty(), DefenseAddresses.mediaPathDate("media.defense.gov/2024/Feb/30/x.jpg"));
        assertEquals(Optional.empty(), DefenseAddresses.mediaPathDate("https://example.com/2024/Jul/22/x.jpg"));
    }

    @Test
    void monthsAreReadByNameOrAbbreviation() {
        assertEquals(OptionalInt.of(9), Months.number("Sept."));
        assertEquals(OptionalInt.of(12), Months.number("DECEMBER"));
        assertEquals(OptionalInt.empty(), Months.number("Ju"));
        assertEquals(OptionalInt.empty(), Months.number("Monday"));
    }
}
