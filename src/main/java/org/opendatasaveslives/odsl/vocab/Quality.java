package org.opendatasaveslives.odsl.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The build's quality metrics ({@code ontology/quality.ttl}) and the W3C vocabularies the catalogue describes releases
 * with: DQV for quality measurements, VoID for statistics, DCAT, SPARQL 1.1 Service Description.
 */
public final class Quality {
    public static final String NS = "https://odsl.org.uk/def/quality/";
    public static final String DQV = "http://www.w3.org/ns/dqv#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Node RECORDS_READ = metric("recordsRead");
    public static final Node RECORDS_LOADED = metric("recordsLoaded");
    public static final Node RECORDS_REJECTED = metric("recordsRejected");
    /** Records refused at one stage (schema, map, validate); the measurement names the stage with {@link #STAGE}. */
    public static final Node REJECTED_AT_STAGE = metric("rejectedAtStage");
    /** SHACL violations of one shape; the measurement names the shape with {@link #VIOLATED_SHAPE}. */
    public static final Node SHAPE_VIOLATIONS = metric("shapeViolations");
    /** Rows one build check found unresolved; the measurement names the check with {@link #CHECK}. */
    public static final Node UNRESOLVED = metric("unresolvedRows");

    public static final Node STAGE = Odsl.term("rejectionStage");
    public static final Node VIOLATED_SHAPE = Odsl.term("violatedShape");
    public static final Node RESULT_PATH = Odsl.term("resultPath");
    public static final Node CHECK = Odsl.term("check");

    public static final Node QUALITY_MEASUREMENT = dqv("QualityMeasurement");
    public static final Node HAS_QUALITY_MEASUREMENT = dqv("hasQualityMeasurement");
    public static final Node COMPUTED_ON = dqv("computedOn");
    public static final Node IS_MEASUREMENT_OF = dqv("isMeasurementOf");
    public static final Node VALUE = dqv("value");

    public static final Node VOID_DATASET = voidTerm("Dataset");
    public static final Node TRIPLES = voidTerm("triples");
    public static final Node ENTITIES = voidTerm("entities");
    public static final Node CLASSES = voidTerm("classes");
    public static final Node PROPERTIES = voidTerm("properties");
    public static final Node DISTINCT_SUBJECTS = voidTerm("distinctSubjects");
    public static final Node CLASS_PARTITION = voidTerm("classPartition");
    public static final Node CLASS = voidTerm("class");
    public static final Node URI_SPACE = voidTerm("uriSpace");
    public static final Node VOCABULARY = voidTerm("vocabulary");
    public static final Node SPARQL_ENDPOINT = voidTerm("sparqlEndpoint");
    public static final Node DATA_DUMP = voidTerm("dataDump");
    public static final Node SUBSET = voidTerm("subset");

    private Quality() {
    }

    private static Node metric(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node dqv(String local) {
        return NodeFactory.createURI(DQV + local);
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}
