package org.opendatasaveslives.odsl.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Synthetic police DASH (2009) risk assessments for West Yorkshire Police and Kent Police, January to March 2025, one
 * JSON file per force in the layout of {@code schemas/dash-risk-assessment.schema.json}: a JSON array of records.
 * West Yorkshire names itself by its police.uk name, Kent by its police force area code (E23000032), as the schema
 * allows both. Person references are plainly synthetic ({@code SYNTHETIC-WYP-P-000042}); free-text detail is a fixed
 * synthetic sentence. Victims are assessed again at times with the same perpetrator, as repeat victimisation happens.
 * <p>
 * Answers follow a latent risk per victim: the number of yes answers drives the officer's grading (14 or more high,
 * 10 to 13 medium, as the DASH practice guidance suggests), with some professional-judgement upgrades (strangulation
 * with threats to kill); high-risk cases are referred to a MARAC within a week, most of the time.
 * <p>
 * The people come from a list: by default a synthetic population per force; the constructor takes another list, so
 * that later the same synthetic people can appear in the FHIR and social care data too.
 */
public final class DashAssessmentFiles {
    public static final String FOLDER = "police/dash/";
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);
    /** Assessments per force per unit of scale. */
    static final int WEST_YORKSHIRE_PER_SCALE = 150;
    static final int KENT_PER_SCALE = 110;
    /** People per force per unit of scale in the default population. */
    static final int PEOPLE_PER_SCALE = 220;
    private static final String[] ANSWERS = {"yes", "no", "not-known"};
    private static final int QUESTIONS = 27;
    private static final int STRANGULATION = 18;
    private static final int THREATS_TO_KILL = 17;
    private static final long SEED_MIX = 0x2545F4914F6CDD1DL;

    /** A person a force knows, by the force's own person reference. */
    public record Person(PoliceForce force, String reference) {
    }

    private final List<Person> people;

    /** Assessments among these people (each force's assessments use the people of that force). */
    public DashAssessmentFiles(List<Person> people) {
        this.people = List.copyOf(people);
    }

    /** The default synthetic population: {@value #PEOPLE_PER_SCALE} × scale people per force. */
    public static List<Person> syntheticPeople(int scale) {
        List<Person> people = new ArrayList<>();
        for (PoliceForce force : PoliceForce.values()) {
            for (int i = 1; i <= PEOPLE_PER_SCALE * scale; i++) {
                people.add(new Person(force, String.format(Locale.ROOT, "SYNTHETIC-%s-P-%06d", force.referencePrefix(), i)));
            }
        }
        return people;
    }

    /** The file of a force, relative to the data folder. */
    public static String relativePath(PoliceForce force) {
        return FOLDER + "2025-q1-" + force.fileSlug() + "-dash-assessments.json";
    }

    /** Writes both forces' files with the default synthetic people; deterministic for a seed. */
    public static List<GeneratedFile> writeDashAssessments(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        return new DashAssessmentFiles(syntheticPeople(scale)).write(dataDirectory, seed, scale);
    }

    /** Writes both forces' files with this generator's people; deterministic for a seed. */
    public List<GeneratedFile> write(Path dataDirectory, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1, got " + scale);
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (PoliceForce force : PoliceForce.values()) {
            List<Person> known = people.stream().filter(p -> p.force() == force).toList();
            if (known.size() < 2) {
                throw new IllegalArgumentException(force.forceName() + " needs at least two people, has " + known.size());
            }
            int count = (force == PoliceForce.KENT ? KENT_PER_SCALE : WEST_YORKSHIRE_PER_SCALE) * scale;
            String path = relativePath(force);
            Random random = new Random(seed * SEED_MIX + path.hashCode());
            writeForce(dataDirectory.resolve(path), force, known, count, random);
            files.add(new GeneratedFile(path, count));
        }
        return files;
    }

    private static void writeForce(Path file, PoliceForce force, List<Person> known, int count, Random random) {
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        List<Person[]> couples = new ArrayList<>();
        List<Double> risks = new ArrayList<>();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(file);
                 JsonGenerator json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                json.setPrettyPrinter(new DefaultPrettyPrinter());
                json.writeStartArray();
                for (int i = 1; i <= count; i++) {
                    int couple;
                    if (!couples.isEmpty() && random.nextDouble() < 0.25) {
                        couple = random.nextInt(couples.size()); // a repeat victim, same perpetrator
                    } else {
                        Person victim = known.get(random.nextInt(known.size()));
                        Person perpetrator;
                        do {
                            perpetrator = known.get(random.nextInt(known.size()));
                        } while (perpetrator.equals(victim));
                        couples.add(new Person[] {victim, perpetrator});
                        risks.add(Math.pow(random.nextDouble(), 1.6));
                        couple = couples.size() - 1;
                    }
                    LocalDate incident = FIRST_DAY.plusDays(random.nextInt(days));
                    LocalDate assessed = incident.plusDays(random.nextDouble() < 0.8 ? 0 : 1 + random.nextInt(2));
                    writeRecord(json, force, i, incident, assessed, couples.get(couple), risks.get(couple), random);
                }
                json.writeEndArray();
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeRecord(JsonGenerator json, PoliceForce force, int number, LocalDate incident,
                                    LocalDate assessed, Person[] couple, double risk, Random random) throws IOException {
        json.writeStartObject();
        json.writeStringField("force", force == PoliceForce.KENT ? force.pfaCode() : force.forceName());
        json.writeStringField("assessmentId", String.format(Locale.ROOT, "%s-DASH-25-%06d", force.referencePrefix(), number));
        json.writeStringField("incidentDate", incident.toString());
        json.writeStringField("assessmentDate", assessed.toString());
        json.writeStringField("victimReference", couple[0].reference());
        json.writeStringField("perpetratorReference", couple[1].reference());
        String[] answers = new String[QUESTIONS + 1];
        int yes = 0;
        double yesChance = 0.08 + 0.75 * Math.min(1.0, risk + 0.1 * random.nextGaussian());
        json.writeObjectFieldStart("answers");
        for (int q = 1; q <= QUESTIONS; q++) {
            double draw = random.nextDouble();
            answers[q] = draw < 0.06 ? ANSWERS[2] : draw < 0.06 + yesChance ? ANSWERS[0] : ANSWERS[1];
            yes += answers[q].equals("yes") ? 1 : 0;
            json.writeObjectFieldStart(String.format(Locale.ROOT, "q%02d", q));
            json.writeStringField("answer", answers[q]);
            if (answers[q].equals("yes") && random.nextDouble() < 0.15) {
                json.writeStringField("detail", "Synthetic detail: the officer's notes would be here.");
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        boolean judgement = answers[STRANGULATION].equals("yes") && answers[THREATS_TO_KILL].equals("yes");
        String level = yes >= 14 || judgement ? "high" : yes >= 10 ? "medium" : "standard";
        json.writeStringField("riskLevel", level);
        boolean referred = level.equals("high") ? random.nextDouble() < 0.9
                : level.equals("medium") && random.nextDouble() < 0.05;
        json.writeObjectFieldStart("maracReferral");
        json.writeBooleanField("referred", referred);
        if (referred) {
            json.writeStringField("date", assessed.plusDays(random.nextInt(8)).toString());
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
