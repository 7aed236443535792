package archive.core.provenance;

import java.util.List;
import java.util.Random;

/** Word lists and sentence templates for the synthetic defense.gov-style corpus. */
final class CorpusVocabulary {

    static final List<String> FIRST_NAMES = List.of(
            "James", "Maria", "Robert", "Linda", "Michael", "Angela", "David", "Karen", "Thomas", "Patricia",
            "Daniel", "Rachel", "Steven", "Laura", "Kevin", "Monica", "Brian", "Teresa", "Gregory", "Denise",
            "Anthony", "Sabrina", "Marcus", "Elena", "Victor", "Yolanda", "Curtis", "Naomi", "Douglas", "Irene",
            "Raymond", "Celeste", "Howard", "Miriam", "Franklin", "Tamara", "Wesley", "Bridget", "Calvin", "Renee");
    static final List<String> LAST_NAMES = List.of(
            "Hollister", "Okafor", "Delgado", "Whitcomb", "Nakamura", "Brennan", "Castellano", "Pruitt", "Ashby",
            "Kowalski", "Redmond", "Fairbanks", "Iverson", "Mendoza", "Thackeray", "Landry", "Oyelaran", "Sorensen",
            "Vance", "Quintero", "Harlow", "Abernathy", "Yamada", "Ferreira", "Gallagher", "Lindqvist", "Moreau",
            "Petrakis", "Rinaldi", "Stroud", "Tillman", "Underwood", "Valdez", "Winslow", "Zielinski", "Beaumont",
            "Crenshaw", "Dunmore", "Eastwood", "Fitzroy", "Garrison", "Holloway", "Ingram", "Jablonski", "Kessler",
            "Lockhart", "Maddox", "Norwood", "Osborne", "Prescott", "Radford", "Sheridan", "Thornbury", "Umbridge",
            "Vickers", "Wakefield", "Yardley", "Ashcroft", "Blackwood", "Carmichael");
    static final List<String> FOREIGN_NAMES = List.of(
            "Tomasz Wielgosz", "Hiroshi Tanabe", "Gilberto Teodoro", "Angel Tilvar", "Aden Duale", "Hanno Pevkur",
            "Richard Marles", "Kestutis Budrys", "Andris Spruds", "Ben Wallace", "Boris Pistorius", "Lee Jong-sup",
            "Rustem Umerov", "Ali Abdullah", "Thabo Mokoena", "Camila Rojas", "Sanjay Verma", "Mehmet Yilmaz",
            "Anna Lindgren", "Pavel Novak", "Kofi Mensah", "Lucia Fernandez", "Nguyen Van Minh", "Omar Haddad",
            "Ingrid Solberg", "Jakob Halvorsen", "Farid Rahimi", "Mateo Alvarez", "Siosaia Taufa", "Elif Demir");
    static final List<String> PARTNERS = List.of(
            "Poland", "Japan", "the Philippines", "Romania", "Kenya", "Estonia", "Australia", "Lithuania", "Latvia",
            "the United Kingdom", "Germany", "South Korea", "Ukraine", "Jordan", "Ghana", "Colombia", "India",
            "Turkey", "Sweden", "the Czech Republic", "Nigeria", "Chile", "Vietnam", "Morocco", "Norway", "Finland",
            "Afghanistan", "Peru", "Tonga", "Bulgaria");
    static final List<String> PLACES = List.of(
            "Fort Liberty, North Carolina", "Ramstein Air Base, Germany", "Naval Station Norfolk, Virginia",
            "Camp Humphreys, South Korea", "Joint Base Lewis-McChord, Washington", "Fort Bliss, Texas",
            "Andersen Air Force Base, Guam", "Camp Lemonnier, Djibouti", "Naval Air Station Sigonella, Italy",
            "Fort Cavazos, Texas", "Marine Corps Base Camp Pendleton, California", "Eglin Air Force Base, Florida",
            "Joint Base Pearl Harbor-Hickam, Hawaii", "Fort Drum, New York", "Grafenwoehr Training Area, Germany",
            "Mihail Kogalniceanu Air Base, Romania", "Kadena Air Base, Japan", "Fort Stewart, Georgia",
            "Nellis Air Force Base, Nevada", "Naval Base San Diego, California", "Powidz Air Base, Poland",
            "Tapa Army Base, Estonia", "Clark Air Base, the Philippines", "Al Asad Air Base, Iraq");
    static final List<String> SYSTEMS = List.of(
            "F-35 Lightning II", "Patriot air defense system", "High Mobility Artillery Rocket System",
            "Stryker combat vehicle", "Virginia-class submarine", "MQ-9 Reaper", "CH-47 Chinook", "Abrams tank",
            "Javelin anti-tank missile", "C-130J Super Hercules", "KC-46 Pegasus", "Arleigh Burke-class destroyer",
            "Bradley Fighting Vehicle", "Black Hawk helicopter", "NASAMS air defense system", "B-21 Raider",
            "Aegis Ashore system", "Sentinel radar", "Switchblade loitering munition", "E-7 Wedgetail");
    static final List<String> UNITS = List.of(
            "3rd Infantry Division", "82nd Airborne Division", "101st Airborne Division", "1st Cavalry Division",
            "10th Mountain Division", "173rd Airborne Brigade", "III Marine Expeditionary Force", "7th Fleet",
            "6th Fleet", "2nd Cavalry Regiment", "4th Infantry Division", "25th Infantry Division",
            "1st Armored Division", "31st Marine Expeditionary Unit", "48th Fighter Wing", "18th Wing",
            "Task Force Dragon", "Combined Joint Task Force-Horn of Africa", "1st Special Forces Group",
            "Carrier Strike Group 12");
    static final List<String> COMMANDS = List.of(
            "U.S. European Command", "U.S. Indo-Pacific Command", "U.S. Central Command", "U.S. Africa Command",
            "U.S. Southern Command", "U.S. Northern Command", "U.S. Space Command", "U.S. Cyber Command");
    static final List<String> EXERCISE_WORDS_A = List.of(
            "Defender", "Balikatan", "Saber", "Trident", "Cobra", "Iron", "Pacific", "Northern", "Resolute",
            "Baltic", "Swift", "Eager", "Valiant", "Silent", "Atlantic", "Desert");
    static final List<String> EXERCISE_WORDS_B = List.of(
            "Strike", "Shield", "Guardian", "Lion", "Response", "Edge", "Sentry", "Thunder", "Dragon", "Horizon",
            "Falcon", "Anchor", "Spear", "Harbor");
    static final List<String> TOPICS = List.of(
            "air and missile defense", "maritime security", "cyber defense", "counterterrorism cooperation",
            "defense industrial production", "military medical readiness", "space domain awareness",
            "border security", "humanitarian assistance and disaster relief", "logistics interoperability",
            "ammunition production", "professional military education", "intelligence sharing",
            "critical minerals supply chains", "coastal surveillance", "explosive ordnance disposal training");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    static final List<String> SENIOR_TITLES = List.of(
            "Secretary of Defense", "Deputy Secretary of Defense", "Under Secretary of Defense for Policy",
            "Pentagon Press Secretary Air Force Maj. Gen.", "Deputy Pentagon Press Secretary",
            "Chairman of the Joint Chiefs of Staff Air Force Gen.", "Army Secretary", "Navy Secretary",
            "Assistant Secretary of Defense for Indo-Pacific Security Affairs", "Chief of Naval Operations Adm.",
            "Army Chief of Staff Gen.", "Air Force Chief of Staff Gen.", "Marine Corps Commandant Gen.");
    static final List<String> COMMANDER_RANKS = List.of("Army Lt. Gen.", "Army Maj. Gen.", "Navy Vice Adm.",
            "Air Force Lt. Gen.", "Marine Corps Maj. Gen.", "Army Brig. Gen.", "Navy Rear Adm.", "Army Col.");

    /** Unrelated material for excerpts: local, business and technology news. */
    static final List<String> UNRELATED_SUBJECTS = List.of(
            "The city council", "A regional grocery chain", "The county school board", "A local bakery",
            "The state transportation department", "A software startup", "The public library", "A minor league team",
            "The water utility", "A neighborhood association", "The community college", "A national retailer");
    static final List<String> UNRELATED_VERBS = List.of(
            "approved a plan to", "announced it will", "voted against a proposal to", "is raising money to",
            "has decided to", "postponed a decision to", "is asking residents to help", "expects to");
    static final List<String> UNRELATED_OBJECTS = List.of(
            "renovate the downtown parking garage", "extend opening hours during the summer",
            "replace aging water mains on the east side", "hire twelve additional bus drivers",
            "open a second store near the highway", "upgrade the stadium lighting", "launch a mobile ordering app",
            "plant two hundred trees along the river trail", "lower fees for youth sports leagues",
            "build affordable housing on a vacant lot", "repair potholes before the holiday season",
            "offer free coding classes for seniors");
    static final List<String> UNRELATED_TAILS = List.of(
            "Officials expect the work to take about six months.", "Residents can comment at a public hearing next month.",
            "The project is funded through a mix of grants and local taxes.",
            "Critics said the timeline was too ambitious.", "The decision followed two years of debate.",
            "Supporters welcomed the move as overdue.", "Details will be posted on the organization's website.",
            "A spokesperson declined to give a cost estimate.");

    static final List<String> TOWNS = List.of("Millbrook", "Cedar Falls", "Port Haven", "Westfield", "Ashton",
            "Riverside", "Oak Hill", "Brookdale", "Fairview", "Granite City", "Lakeshore", "Pinecrest", "Maple Grove",
            "Stonebridge", "Harbor Point", "Elmwood", "Sunnyvale Heights", "North Ridge", "Clearwater Bay", "Hollow Creek");

    private CorpusVocabulary() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
