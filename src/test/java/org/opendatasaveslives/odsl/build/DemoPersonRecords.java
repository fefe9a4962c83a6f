package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opendatasaveslives.odsl.generate.ClientLevelDataFiles;
import org.opendatasaveslives.odsl.generate.DashAssessmentFiles;
import org.opendatasaveslives.odsl.generate.FhirBundleFiles;
import org.opendatasaveslives.odsl.generate.PoliceForce;

/**
 * The demo's person-level files read straight from disk, without the graph: DASH assessments, A&E attendances by NHS
 * number from the FHIR bundles, and social care event start dates by NHS number from the client-level files. Tests
 * compute the restricted example queries' answers from these and compare them with what SPARQL returns.
 */
final class DemoPersonRecords {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String EMERGENCY = "EMER";

    /** One DASH assessment; the victim is their NHS number where the force recorded it, else the force's reference. */
    record Assessment(String force, String id, LocalDate assessed, String victimKey, boolean victimHasNhsNumber,
                      String riskLevel, boolean maracReferral) {
    }

    final List<Assessment> assessments = new ArrayList<>();
    /** NHS numbers of victims and perpetrators, where the force recorded them. */
    private final Set<String> dashNhsNumbers = new HashSet<>();
    final Map<String, List<LocalDate>> emergencyAttendances = new HashMap<>();
    final Map<String, List<LocalDate>> careEventStarts = new HashMap<>();

    static DemoPersonRecords read(Path data) throws IOException {
        DemoPersonRecords records = new DemoPersonRecords();
        records.readDash(data);
        records.readFhir(data.resolve(FhirBundleFiles.FOLDER));
        records.readCare(data.resolve(ClientLevelDataFiles.FOLDER));
        return records;
    }

    Set<String> dashNhsNumbers() {
        return Set.copyOf(dashNhsNumbers);
    }

    /** A&E attendances of this victim in the 365 days before the date (none for a victim known only by reference). */
    long attendancesBefore(Assessment assessment) {
        if (!assessment.victimHasNhsNumber()) {
            return 0;
        }
        return emergencyAttendances.getOrDefault(assessment.victimKey(), List.of()).stream()
            .filter(day -> day.isBefore(assessment.assessed()) && !day.isBefore(assessment.assessed().minusDays(365)))
            .count();
    }

    boolean knownToSocialCareBy(Assessment assessment) {
        return assessment.victimHasNhsNumber() && careEventStarts.getOrDefault(assessment.victimKey(), List.of())
            .stream().anyMatch(start -> !start.isAfter(assessment.assessed()));
    }

    private void readDash(Path data) throws IOException {
        for (PoliceForce force : PoliceForce.values()) {
            for (JsonNode r : JSON.readTree(data.resolve(DashAssessmentFiles.relativePath(force)).toFile())) {
                JsonNode nhsNumber = r.get("victimNhsNumber");
                for (String role : List.of("victimNhsNumber", "perpetratorNhsNumber")) {
                    if (r.has(role)) {
                        dashNhsNumbers.add(r.get(role).asText().replace(" ", ""));
                    }
                }
                assessments.add(new Assessment(force.forceName(), r.get("assessmentId").asText(),
                    LocalDate.parse(r.get("assessmentDate").asText()),
                    nhsNumber != null ? nhsNumber.asText().replace(" ", "") : force + ":" + r.get("victimReference").asText(),
                    nhsNumber != null, r.get("riskLevel").asText(), r.get("maracReferral").get("referred").asBoolean()));
            }
        }
    }

    private void readFhir(Path folder) throws IOException {
        for (Path bundle : files(folder, ".json")) {
            JsonNode entries = JSON.readTree(bundle.toFile()).get("entry");
            Map<String, String> nhsNumberOfPatient = new HashMap<>();
            for (JsonNode entry : entries) {
                JsonNode resource = entry.get("resource");
                if (resource.get("resourceType").asText().equals("Patient")) {
                    for (JsonNode identifier : resource.path("identifier")) {
                        if (identifier.path("system").asText().equals(NHS_NUMBER_SYSTEM)) {
                            nhsNumberOfPatient.put(entry.get("fullUrl").asText(), identifier.get("value").asText());
                        }
                    }
                }
            }
            for (JsonNode entry : entries) {
                JsonNode resource = entry.get("resource");
                if (resource.get("resourceType").asText().equals("Encounter")
                    && resource.path("class").path("code").asText().equals(EMERGENCY)) {
                    String nhsNumber = nhsNumberOfPatient.get(resource.path("subject").path("reference").asText());
                    emergencyAttendances.computeIfAbsent(nhsNumber, k -> new ArrayList<>())
                        .add(LocalDate.parse(resource.path("period").path("start").asText().substring(0, 10)));
                }
            }
        }
    }

    private void readCare(Path folder) throws IOException {
        for (Path file : files(folder, ".csv")) {
            for (Map<String, String> row : PoliceCsv.rows(file)) {
                if (!row.get("NHS_Number").isBlank()) {
                    careEventStarts.computeIfAbsent(row.get("NHS_Number").replace(" ", ""), k -> new ArrayList<>())
                        .add(LocalDate.parse(row.get("Event_Start_Date"), ClientLevelDataFiles.DATE));
                }
            }
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
