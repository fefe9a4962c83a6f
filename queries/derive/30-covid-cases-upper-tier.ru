# Title: COVID-19 cases of each county are the sums of its districts' published cases, day by day
# Why: the dashboard publishes cases by lower-tier authority; upper-tier authorities (counties, which run social care)
# are what other health and care data use. For each upper-tier authority with districts within it (the ONS LTLA to
# UTLA lookup states "within" only when the two codes differ) and no published covid-cases figure of its own, the
# published observations of those districts are summed per day and measure into an observation of the same cube,
# marked odsl:figureBasis odsl:SumOfLowerTierFigures. Unitary and metropolitan authorities are their own upper tier:
# their published observations already are the upper-tier figures and get no second one. A district within its
# county by several lookups counts once (DISTINCT pairs). Upper-tier authorities whose districts are not all in the
# cube get no sum rather than a partial one. The districts side and the observations side are joined on ?district
# (a hash join), then grouped. ?derived and ?base are bound by the build.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX qb:      <http://purl.org/linked-data/cube#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX unit:    <http://qudt.org/vocab/unit/>

INSERT { GRAPH ?derived {
  ?obs a qb:Observation ;
       qb:dataSet ?cases ;
       sdmx-dimension:refArea ?upper ;
       sdmx-dimension:refPeriod ?day ;
       qb:measureType ?measure ;
       ?measure ?total ;
       sdmx-attribute:unitMeasure unit:NUM ;
       odsl:figureBasis odsl:SumOfLowerTierFigures .
} }
WHERE {
  { SELECT ?cases ?upper ?day ?measure (SUM(?value) AS ?total) WHERE {
      { SELECT DISTINCT ?cases ?district ?upper WHERE {
          BIND (IRI(CONCAT(?base, "id/dataset/covid-cases")) AS ?cases)
          ?district odsl:within ?upper ;
                    a odsl:LocalAuthorityDistrict .
          ?upper a odsl:UpperTierLocalAuthority .
          FILTER (?district != ?upper)
          FILTER EXISTS { ?published sdmx-dimension:refArea ?district ;
                                     qb:dataSet ?cases }
          FILTER NOT EXISTS { ?own sdmx-dimension:refArea ?upper ;
                                   qb:dataSet ?cases ;
                                   odsl:figureBasis odsl:PublishedFigure }
          FILTER NOT EXISTS {
            ?missing odsl:within ?upper ;
                     a odsl:LocalAuthorityDistrict .
            FILTER (?missing != ?upper)
            FILTER NOT EXISTS { ?any sdmx-dimension:refArea ?missing ;
                                     qb:dataSet ?cases }
          }
      } }
      ?o sdmx-dimension:refArea ?district ;
         qb:dataSet ?cases ;
         sdmx-dimension:refPeriod ?day ;
         qb:measureType ?measure ;
         ?measure ?value .
  } GROUP BY ?cases ?upper ?day ?measure }
  BIND (IRI(CONCAT(?base, "id/observation/covid-cases/", STRAFTER(STR(?upper), "/statistical-geography/"),
                   "/", STRAFTER(STR(?day), "/id/day/"), "/",
                   IF(?measure = odsl:newCasesBySpecimenDate, "new-cases-by-specimen-date",
                      "cumulative-cases-by-specimen-date"))) AS ?obs)
}
