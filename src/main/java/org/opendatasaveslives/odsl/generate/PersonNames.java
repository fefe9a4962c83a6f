package org.opendatasaveslives.odsl.generate;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Common names in England and Wales, and the ways agencies record them differently. */
final class PersonNames {
    private static final List<String> FEMALE = List.of("Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace",
            "Jessica", "Charlotte", "Hannah", "Rebecca", "Laura", "Sarah", "Emma", "Katherine", "Elizabeth", "Rachel",
            "Amy", "Gemma", "Nicola", "Michelle", "Susan", "Margaret", "Patricia", "Jennifer", "Aisha", "Fatima",
            "Zainab", "Priya", "Sadia", "Agnieszka", "Chloe", "Megan", "Abigail", "Victoria");
    private static final List<String> MALE = List.of("Oliver", "George", "Harry", "Jack", "Jacob", "Thomas", "James",
            "William", "Daniel", "Matthew", "Joseph", "Samuel", "Benjamin", "Christopher", "Michael", "David", "Robert",
            "Andrew", "Richard", "Stephen", "Anthony", "Paul", "Mark", "Peter", "Mohammed", "Imran", "Ali", "Arjun",
            "Tomasz", "Liam", "Connor", "Ryan", "Kieran", "Nathan", "Alexander");
    private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke", "Hussain", "Khan", "Ahmed", "Patel", "Begum", "Shah", "Ali",
            "Kowalski", "Nowak", "Harrison", "Lewis", "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward",
            "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harris", "Campbell", "Mitchell", "O'Brien",
            "McDonald", "Scott", "Stewart");
    private static final Map<String, String> INFORMAL = Map.ofEntries(
            Map.entry("Elizabeth", "Liz"), Map.entry("Katherine", "Kate"), Map.entry("Rebecca", "Becky"),
            Map.entry("Jessica", "Jess"), Map.entry("Margaret", "Maggie"), Map.entry("Patricia", "Trish"),
            Map.entry("Jennifer", "Jenny"), Map.entry("Victoria", "Vicky"), Map.entry("Abigail", "Abbie"),
            Map.entry("Susan", "Sue"), Map.entry("Nicola", "Nikki"), Map.entry("Charlotte", "Lottie"),
            Map.entry("Thomas", "Tom"), Map.entry("James", "Jim"), Map.entry("William", "Bill"),
            Map.entry("Daniel", "Dan"), Map.entry("Matthew", "Matt"), Map.entry("Joseph", "Joe"),
            Map.entry("Samuel", "Sam"), Map.entry("Benjamin", "Ben"), Map.entry("Christopher", "Chris"),
            Map.entry("Michael", "Mike"), Map.entry("David", "Dave"), Map.entry("Robert", "Bob"),
            Map.entry("Andrew", "Andy"), Map.entry("Richard", "Rich"), Map.entry("Stephen", "Steve"),
            Map.entry("Anthony", "Tony"), Map.entry("Alexander", "Alex"), Map.entry("Mohammed", "Mohammad"));

    private PersonNames() {
    }

    static String given(Sex sex, Random random) {
        List<String> names = sex == Sex.FEMALE ? FEMALE : MALE;
        return names.get(random.nextInt(names.size()));
    }

    static String family(Random random) {
        return FAMILY.get(random.nextInt(FAMILY.size()));
    }

    /** The short form people are often known by, or the name itself when it has none. */
    static String informal(String given) {
        return INFORMAL.getOrDefault(given, given.substring(0, Math.min(given.length(), 3)) + "ie");
    }

    /** The name with two neighbouring letters swapped, as a hurried keyboard does. */
    static String misspelt(String family, Random random) {
        if (family.length() < 3) {
            return family + family.charAt(family.length() - 1);
        }
        int i = 1 + random.nextInt(family.length() - 2);
        char[] letters = family.toCharArray();
        char swap = letters[i];
        letters[i] = letters[i + 1];
        letters[i + 1] = swap;
        String swapped = new String(letters);
        return swapped.equals(family) ? family + "e" : swapped;
    }

    /** A family name as another agency knew it: double-barrelled with, or replaced by, another name. */
    static String otherFamilyName(String family, Random random) {
        String other = family(random);
        while (other.equals(family)) {
            other = family(random);
        }
        return random.nextBoolean() ? family + "-" + other : other;
    }
}
