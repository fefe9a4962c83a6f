# Title: A CCG whose LSOAs all lie in one other CCG is replaced by it
# Why: CCGs merged in April 2019, 2020 and 2021 (Bradford 02N, 02R and 02W became 36J in April 2020; eight Kent CCGs
# became 91Q), and GP practice files published before a merger still name the old CCG. The LSOA to CCG lookups of
# successive years place the same 2011 LSOAs in the old and in the new CCGs, so an old CCG all of whose LSOAs lie in
# one other CCG was replaced by it. A CCG split between several (Coastal West Sussex 09G in 2020) gets no successor;
# a pure change of code (same LSOAs both ways) is left alone rather than made a cycle.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?old dcterms:isReplacedBy ?new } }
WHERE {
  { SELECT DISTINCT ?old ?new WHERE {
      ?lsoa a odsl:LowerLayerSuperOutputArea ;
            odsl:within ?old , ?new .
      ?old a odsl:ClinicalCommissioningGroup .
      ?new a odsl:ClinicalCommissioningGroup .
      FILTER (?old != ?new)
  } }
  FILTER NOT EXISTS {
    ?outside a odsl:LowerLayerSuperOutputArea ;
             odsl:within ?old .
    FILTER NOT EXISTS { ?outside odsl:within ?new }
  }
  FILTER EXISTS {
    ?extra a odsl:LowerLayerSuperOutputArea ;
           odsl:within ?new .
    FILTER NOT EXISTS { ?extra odsl:within ?old }
  }
}
