# Title: A county lies in the police force area that holds all its districts
# Why: ONS publishes police force areas for districts only, but councils with adult social services responsibilities
# and data published by upper-tier authority (ASC-FR, COVID-19 by upper tier) are counties (E10) as well as unitary
# and metropolitan areas. Police force areas follow county lines, so a county whose districts all lie in one force
# area lies in it too (Kent E10000016 in Kent police force area E23000032). ?derived is bound by the build.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>

INSERT { GRAPH ?derived { ?upper odsl:within ?forceArea } }
WHERE {
  ?upper a odsl:UpperTierLocalAuthority .
  FILTER NOT EXISTS { ?upper odsl:within+ ?anyArea . ?anyArea a odsl:PoliceForceArea }
  ?district odsl:within ?upper ;
            a odsl:LocalAuthorityDistrict ;
            odsl:within+ ?forceArea .
  ?forceArea a odsl:PoliceForceArea .
  FILTER (?district != ?upper)
  FILTER NOT EXISTS {
    ?otherDistrict odsl:within ?upper ;
                   a odsl:LocalAuthorityDistrict .
    FILTER (?otherDistrict != ?upper)
    FILTER NOT EXISTS { ?otherDistrict odsl:within+ ?forceArea }
  }
}
