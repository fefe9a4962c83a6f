package org.opendatasaveslives.odsl.serve.linkeddata;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.opendatasaveslives.odsl.vocab.Odsl;

/** The terms the pages read, and the prefixes used to shorten URIs that have no label. */
final class Vocab {
    static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    static final String QB = "http://purl.org/linked-data/cube#";
    static final Node LAT = NodeFactory.createURI(GEO + "lat");
    static final Node LONG = NodeFactory.createURI(GEO + "long");
    static final Node WITHIN = Odsl.term("within");
    static final Node DATA_SET = NodeFactory.createURI(QB + "dataSet");
    static final Node REF_AREA = NodeFactory.createURI("http://purl.org/linked-data/sdmx/2009/dimension#refArea");
    static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    static final Node DOMAIN = RDFS.Nodes.domain;
    static final Node RANGE = RDFS.Nodes.range;
    static final Node COMMENT = RDFS.Nodes.comment;
    /** Label properties, best first. */
    static final Node[] LABELS = {RDFS.Nodes.label, SKOS.prefLabel.asNode(), DCTerms.title.asNode(), FOAF_NAME};

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("odsl", Odsl.NS)
            .setNsPrefix("qb", QB)
            .setNsPrefix("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#")
            .setNsPrefix("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#")
            .setNsPrefix("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#")
            .setNsPrefix("geo", GEO)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("schema", "https://schema.org/")
            .lock();

    private Vocab() {
    }
}
