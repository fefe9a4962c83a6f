# Title: Care home beds and care homes per local authority, as a Data Cube
# Why: the CQC directory lists locations one by one; comparing social care capacity with crime or A&E pressure needs
# a figure per area and period. For every CQC directory release whose catalogue entry gives its snapshot date
# (dcterms:temporal, a reference.data.gov.uk period), the beds of its care homes (odsl:CareHome) are summed and the
# care homes counted per local authority (odsl:localAuthority, rule 50), giving two observations per area and period
# of the cube {base}id/dataset/care-home-beds (ontology/cubes/care-home-beds.ttl), one per measure. ?derived and
# ?base are bound by the build.
PREFIX odsl:           <https://odsl.org.uk/def/odsl/>
PREFIX dcterms:        <http://purl.org/dc/terms/>
PREFIX qb:             <http://purl.org/linked-data/cube#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX unit:           <http://qudt.org/vocab/unit/>
PREFIX xsd:            <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH ?derived {
  ?bedsObs a qb:Observation ;
      qb:dataSet ?dataset ;
      sdmx-dimension:refArea ?area ;
      sdmx-dimension:refPeriod ?period ;
      qb:measureType odsl:careHomeBedCount ;
      odsl:careHomeBedCount ?beds ;
      sdmx-attribute:unitMeasure unit:NUM .
  ?homesObs a qb:Observation ;
      qb:dataSet ?dataset ;
      sdmx-dimension:refArea ?area ;
      sdmx-dimension:refPeriod ?period ;
      qb:measureType odsl:careHomeCount ;
      odsl:careHomeCount ?homes ;
      sdmx-attribute:unitMeasure unit:NUM .
} }
WHERE {
  { SELECT ?area ?period (SUM(?locationBeds) AS ?bedSum) (COUNT(DISTINCT ?location) AS ?homeCount) WHERE {
      ?release odsl:namedGraph ?graph ;
               dcterms:temporal ?period .
      FILTER (STRSTARTS(STR(?period), "http://reference.data.gov.uk/id/"))
      GRAPH ?graph { ?location a odsl:CareHome ; odsl:careHomeBeds ?locationBeds }
      ?location odsl:localAuthority ?area .
  } GROUP BY ?area ?period }
  BIND (xsd:integer(?bedSum) AS ?beds)
  BIND (xsd:integer(?homeCount) AS ?homes)
  BIND (IRI(CONCAT(?base, "id/dataset/care-home-beds")) AS ?dataset)
  BIND (CONCAT(?base, "id/observation/care-home-beds/",
               STRAFTER(STR(?area), "/statistical-geography/"), "/",
               REPLACE(STR(?period), "^http://reference\\.data\\.gov\\.uk/id/", "")) AS ?key)
  BIND (IRI(CONCAT(?key, "/beds")) AS ?bedsObs)
  BIND (IRI(CONCAT(?key, "/care-homes")) AS ?homesObs)
}
