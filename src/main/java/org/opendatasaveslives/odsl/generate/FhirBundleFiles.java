package org.opendatasaveslives.odsl.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Synthetic HL7 FHIR R4 bundles of hospital activity, January 2024 to March 2025: one {@code collection} bundle per
 * acute trust ({@code health/fhir/{ods code}-2024-01-to-2025-03.json}), as a trust's extract for the period would be
 * sent, in the layout of {@code schemas/fhir-r4-bundle.schema.json}. A bundle holds the trust (Organization with its
 * ODS code) and every person known to HEALTH whose acute trust it is: the Patient (NHS number, name and birth date as
 * HEALTH recorded them, gender, postcode, GP practice by ODS code), their encounters at the trust (mostly A&E, class
 * EMER; some admissions, IMP, and outpatient visits, AMB) with SNOMED CT reasons, the conditions diagnosed and a few
 * observations (heart rate, blood pressure). People known to POLICE have more injury attendances at A&E.
 * Resource ids are random UUIDs drawn from the seed: the same seed gives the same files.
 */
public final class FhirBundleFiles {
    public static final String FOLDER = "health/fhir/";
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final long SEED_MIX = 0x5DEECE66DL;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A SNOMED CT concept, whether it is an injury, and whether a condition is recorded for it. */
    record Reason(String code, String display, boolean injury, boolean diagnosis) {
    }

    static final Reason FACIAL_LACERATION = new Reason("370247008", "Facial laceration", true, true);
    static final Reason CONCUSSION = new Reason("62106007", "Concussion with no loss of consciousness", true, true);
    static final Reason RIB_FRACTURE = new Reason("33737001", "Fracture of rib", true, true);
    static final Reason HAND_LACERATION = new Reason("284549007", "Laceration of hand", true, true);
    static final Reason FOREARM_FRACTURE = new Reason("65966004", "Fracture of forearm", true, true);
    static final Reason ANKLE_SPRAIN = new Reason("44465007", "Sprain of ankle", true, true);
    static final Reason HIP_FRACTURE = new Reason("359817006", "Closed fracture of hip", true, true);
    static final Reason OVERDOSE = new Reason("55680006", "Drug overdose", false, true);
    static final Reason ANXIETY = new Reason("48694002", "Anxiety", false, true);
    static final Reason CHEST_PAIN = new Reason("29857009", "Chest pain", false, false);
    static final Reason PNEUMONIA = new Reason("233604007", "Pneumonia", false, true);
    static final Reason PHARYNGITIS = new Reason("195662009", "Acute viral pharyngitis", false, true);

    private static final WeightedChoice<Reason> EMERGENCY = WeightedChoice.<Reason>builder()
        .add(FACIAL_LACERATION, 4).add(CONCUSSION, 4).add(HAND_LACERATION, 6).add(FOREARM_FRACTURE, 4)
        .add(ANKLE_SPRAIN, 8).add(HIP_FRACTURE, 4).add(OVERDOSE, 6).add(ANXIETY, 10).add(CHEST_PAIN, 22)
        .add(PNEUMONIA, 14).add(PHARYNGITIS, 18).build();
    /** Mostly assault injuries, as people known to the police attend A&E for more often. */
    private static final WeightedChoice<Reason> POLICE_EXTRA = WeightedChoice.<Reason>builder()
        .add(FACIAL_LACERATION, 22).add(CONCUSSION, 18).add(RIB_FRACTURE, 12).add(HAND_LACERATION, 18)
        .add(FOREARM_FRACTURE, 10).add(OVERDOSE, 10).add(ANXIETY, 10).build();
    private static final WeightedChoice<Reason> INPATIENT = WeightedChoice.<Reason>builder()
        .add(PNEUMONIA, 40).add(HIP_FRACTURE, 25).add(CHEST_PAIN, 25).add(OVERDOSE, 10).build();
    private static final WeightedChoice<Reason> AMBULATORY = WeightedChoice.<Reason>builder()
        .add(FOREARM_FRACTURE, 20).add(ANKLE_SPRAIN, 20).add(ANXIETY, 30).add(PHARYNGITIS, 30).build();
    /** Attendances of a person in the 15 months, whatever brings them. */
    private static final WeightedChoice<Integer> ATTENDANCES = WeightedChoice.<Integer>builder()
        .add(0, 35).add(1, 35).add(2, 20).add(3, 10).build();
    /** Extra injury-related A&E attendances of a person known to the police. */
    private static final WeightedChoice<Integer> POLICE_ATTENDANCES = WeightedChoice.<Integer>builder()
        .add(0, 40).add(1, 35).add(2, 25).build();

    private FhirBundleFiles() {
    }

    /** The bundle of a trust, relative to the data folder. */
    public static String relativePath(String trustOdsCode) {
        return FOLDER + trustOdsCode.toLowerCase(Locale.ROOT) + "-2024-01-to-2025-03.json";
    }

    /**
     * Writes one bundle per acute trust of the people known to HEALTH; deterministic for a seed. The scale is that of
     * the population ({@link SyntheticPeople#generate}); each person's activity does not depend on it.
     */
    public static List<GeneratedFile> writeFhirBundles(Path dataDirectory, long seed, int scale,
                                                       List<SyntheticPerson> people) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        Map<String, List<SyntheticPerson>> byTrust = new TreeMap<>();
        for (SyntheticPerson person : people) {
            if (person.isKnownTo(Agency.HEALTH)) {
                byTrust.computeIfAbsent(person.acuteTrustOdsCode(), t -> new ArrayList<>()).add(person);
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (Map.Entry<String, List<SyntheticPerson>> trust : byTrust.entrySet()) {
            String path = relativePath(trust.getKey());
            Random random = new Random(seed * SEED_MIX + path.hashCode());
            ObjectNode bundle = new TrustBundle(trust.getKey(), random).build(trust.getValue());
            Path file = dataDirectory.resolve(path);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), bundle);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            files.add(new GeneratedFile(path, bundle.get("entry").size()));
        }
        return files;
    }

    /** The name of a trust as NHS England's A&E publication gives it, or its code when the demo does not know it. */
    static String trustName(String odsCode) {
        return AeAttendanceFiles.PROVIDERS.stream().filter(p -> p.code().equals(odsCode)).map(p -> p.name())
            .findFirst().orElse(odsCode);
    }

    /** Builds the bundle of one trust, drawing from one random source in a fixed order. */
    private static final class TrustBundle {
        private final String trust;
        private final Random random;
        private final ArrayNode entries;
        private final ObjectNode bundle;
        private final String trustUrl;

        TrustBundle(String trust, Random random) {
            this.trust = trust;
            this.random = random;
            this.bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("id", uuid()).put("type", "collection");
            this.entries = bundle.putArray("entry");
            this.trustUrl = "urn:uuid:" + uuid();
        }

        ObjectNode build(List<SyntheticPerson> people) {
            ObjectNode organization = resource(trustUrl, "Organization");
            organization.putArray("identifier").addObject().put("system", ODS_SYSTEM).put("value", trust);
            organization.put("active", true).put("name", trustName(trust));
            for (SyntheticPerson person : people) {
                String patientUrl = patient(person);
                int attendances = ATTENDANCES.pick(random);
                for (int i = 0; i < attendances; i++) {
                    double kind = random.nextDouble();
                    if (kind < 0.75) {
                        encounter(patientUrl, "EMER", EMERGENCY.pick(random));
                    } else if (kind < 0.87) {
                        encounter(patientUrl, "IMP", INPATIENT.pick(random));
                    } else {
                        encounter(patientUrl, "AMB", AMBULATORY.pick(random));
                    }
                }
                if (person.isKnownTo(Agency.POLICE)) {
                    int extra = POLICE_ATTENDANCES.pick(random);
                    for (int i = 0; i < extra; i++) {
                        encounter(patientUrl, "EMER", POLICE_EXTRA.pick(random));
                    }
                }
            }
            return bundle;
        }

        private String patient(SyntheticPerson person) {
            String url = "urn:uuid:" + uuid();
            SyntheticPerson.Recorded recorded = person.recordedBy(Agency.HEALTH);
            ObjectNode p = resource(url, "Patient");
            p.putArray("identifier").addObject().put("system", NHS_NUMBER_SYSTEM).put("value", person.nhsNumber());
            p.putArray("name").addObject().put("use", "official").put("family", recorded.familyName())
                .putArray("given").add(recorded.givenName());
            p.put("gender", person.sex().fhirCode()).put("birthDate", recorded.birthDate().toString());
            p.putArray("address").addObject().put("use", "home").put("district", person.district().name())
                .put("postalCode", person.postcode()).put("country", "GB");
            p.putArray("generalPractitioner").addObject().putObject("identifier").put("system", ODS_SYSTEM)
                .put("value", person.gpPracticeOdsCode());
            return url;
        }

        private void encounter(String patientUrl, String classCode, Reason reason) {
            String url = "urn:uuid:" + uuid();
            long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
            ZonedDateTime start = FIRST_DAY.atStartOfDay(LONDON).plusDays(random.nextInt((int) days))
                .plusMinutes(random.nextInt(24 * 60));
            ZonedDateTime end = switch (classCode) {
                case "EMER" -> start.plusMinutes(60 + random.nextInt(9 * 60));
                case "IMP" -> start.plusHours(24 + random.nextInt(8 * 24));
                default -> start.plusMinutes(15 + random.nextInt(30));
            };
            ObjectNode e = resource(url, "Encounter");
            e.put("status", "finished");
            e.putObject("class").put("system", ACT_CODE).put("code", classCode);
            String type = switch (classCode) {
                case "EMER" -> "50849002";
                case "IMP" -> "32485007";
                default -> "185345009";
            };
            codeable(e.putArray("type").addObject(), SNOMED, type, switch (classCode) {
                case "EMER" -> "Emergency room admission";
                case "IMP" -> "Hospital admission";
                default -> "Encounter for symptom";
            });
            e.putObject("subject").put("reference", patientUrl);
            e.putObject("period").put("start", time(start)).put("end", time(end));
            codeable(e.putArray("reasonCode").addObject(), SNOMED, reason.code(), reason.display());
            e.putObject("serviceProvider").put("reference", trustUrl);
            if (reason.diagnosis()) {
                condition(patientUrl, url, reason, start);
            }
            if (!classCode.equals("AMB")) {
                observations(patientUrl, url, start.plusMinutes(10 + random.nextInt(20)));
            }
        }

        private void condition(String patientUrl, String encounterUrl, Reason reason, ZonedDateTime start) {
            ObjectNode c = resource("urn:uuid:" + uuid(), "Condition");
            c.putObject("clinicalStatus").putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/condition-clinical")
                .put("code", reason.injury() ? "resolved" : "active");
            codeable(c.putObject("code"), SNOMED, reason.code(), reason.display());
            c.putObject("subject").put("reference", patientUrl);
            c.putObject("encounter").put("reference", encounterUrl);
            c.put("onsetDateTime", time(start)).put("recordedDate", time(start));
        }

        /** A heart rate always; a blood pressure panel half of the time. */
        private void observations(String patientUrl, String encounterUrl, ZonedDateTime at) {
            ObjectNode heart = observation(patientUrl, encounterUrl, at, "8867-4", "Heart rate");
            quantity(heart.putObject("valueQuantity"), 55 + random.nextInt(70), "/min");
            if (random.nextBoolean()) {
                ObjectNode bp = observation(patientUrl, encounterUrl, at, "85354-9", "Blood pressure panel");
                ArrayNode components = bp.putArray("component");
                ObjectNode diastolic = components.addObject();
                codeable(diastolic.putObject("code"), LOINC, "8462-4", "Diastolic blood pressure");
                quantity(diastolic.putObject("valueQuantity"), 60 + random.nextInt(40), "mm[Hg]");
                ObjectNode systolic = components.addObject();
                codeable(systolic.putObject("code"), LOINC, "8480-6", "Systolic blood pressure");
                quantity(systolic.putObject("valueQuantity"), 100 + random.nextInt(70), "mm[Hg]");
            }
        }

        private ObjectNode observation(String patientUrl, String encounterUrl, ZonedDateTime at, String loinc,
                                       String display) {
            ObjectNode o = resource("urn:uuid:" + uuid(), "Observation");
            o.put("status", "final");
            o.putArray("category").addObject().putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/observation-category").put("code", "vital-signs");
            codeable(o.putObject("code"), LOINC, loinc, display);
            o.putObject("subject").put("reference", patientUrl);
            o.putObject("encounter").put("reference", encounterUrl);
            o.put("effectiveDateTime", time(at)).put("issued", DATE_TIME.format(at.plusMinutes(5)));
            return o;
        }

        private ObjectNode resource(String fullUrl, String type) {
            ObjectNode entry = entries.addObject().put("fullUrl", fullUrl);
            return entry.putObject("resource").put("resourceType", type).put("id", fullUrl.substring("urn:uuid:".length()));
        }

        private static void codeable(ObjectNode concept, String system, String code, String display) {
            concept.putArray("coding").addObject().put("system", system).put("code", code).put("display", display);
            concept.put("text", display);
        }

        private static void quantity(ObjectNode q, int value, String unit) {
            q.put("value", value).put("unit", unit).put("system", UCUM).put("code", unit);
        }

        private static String time(ZonedDateTime t) {
            return DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime());
        }

        /** A version 4 UUID from the seeded random source. */
        private String uuid() {
            long high = (random.nextLong() & ~0xF000L) | 0x4000L;
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        }
    }
}
