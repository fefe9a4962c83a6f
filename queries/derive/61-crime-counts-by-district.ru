# Title: Crime counts by local authority district, month and crime type (the police-recorded-crime Data Cube)
# Why: health and care data are published by local authority (or by bodies serving local authorities), never by
# LSOA. A district's count is the sum of the LSOA observations of the LSOAs within it (directly or through their
# MSOA); only current districts count,
# so a record is never counted under both an abolished district and its successor.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX qb:      <http://purl.org/linked-data/cube#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX unit: <http://qudt.org/vocab/unit/>

INSERT { GRAPH ?derived {
  ?observation a qb:Observation ;
      qb:dataSet ?dataset ;
      sdmx-dimension:refArea ?district ;
      sdmx-dimension:refPeriod ?month ;
      odsl:crimeType ?type ;
      odsl:crimeCount ?count ;
      sdmx-attribute:unitMeasure unit:NUM .
} }
WHERE {
  { SELECT ?district ?month ?type (SUM(?lsoaCount) AS ?count) WHERE {
      ?lsoaObservation qb:dataSet ?lsoaDataset ;
                       sdmx-dimension:refArea ?lsoa ;
                       sdmx-dimension:refPeriod ?month ;
                       odsl:crimeType ?type ;
                       odsl:crimeCount ?lsoaCount .
      ?lsoa a odsl:LowerLayerSuperOutputArea ;
            odsl:within+ ?district .
      ?district a odsl:LocalAuthorityDistrict .
      FILTER NOT EXISTS { ?district dcterms:isReplacedBy ?successor }
      FILTER (STRENDS(STR(?lsoaDataset), "/id/dataset/police-recorded-crime"))
  } GROUP BY ?district ?month ?type }
  ?district skos:notation ?code .
  BIND (IRI(CONCAT(?base, "id/dataset/police-recorded-crime")) AS ?dataset)
  BIND (IRI(CONCAT(?base, "id/observation/police-recorded-crime/", ?code, "/", STRAFTER(STR(?month), "/id/month/"),
                   "/", STRAFTER(STR(?type), "/def/crime-type/"))) AS ?observation)
}
