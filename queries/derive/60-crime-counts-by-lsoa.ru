# Title: Crime counts by LSOA, month and crime type (the police-recorded-crime Data Cube)
# Why: health and social-care figures are published as statistics by area and period, not as records; counting the
# crime records the same way lets one query compare them on sdmx-dimension:refArea and refPeriod, and makes roll-ups
# read hundreds of observations instead of every record.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>
PREFIX qb:   <http://purl.org/linked-data/cube#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX unit: <http://qudt.org/vocab/unit/>

INSERT { GRAPH ?derived {
  ?observation a qb:Observation ;
      qb:dataSet ?dataset ;
      sdmx-dimension:refArea ?lsoa ;
      sdmx-dimension:refPeriod ?month ;
      odsl:crimeType ?type ;
      odsl:crimeCount ?count ;
      sdmx-attribute:unitMeasure unit:NUM .
} }
WHERE {
  { SELECT ?lsoa ?month ?type (COUNT(?record) AS ?count) WHERE {
      ?record a odsl:CrimeRecord ;
              odsl:lsoa ?lsoa ;
              odsl:month ?month ;
              odsl:crimeType ?type .
  } GROUP BY ?lsoa ?month ?type }
  ?lsoa skos:notation ?code .
  BIND (IRI(CONCAT(?base, "id/dataset/police-recorded-crime")) AS ?dataset)
  BIND (IRI(CONCAT(?base, "id/observation/police-recorded-crime/", ?code, "/", STRAFTER(STR(?month), "/id/month/"),
                   "/", STRAFTER(STR(?type), "/def/crime-type/"))) AS ?observation)
}
