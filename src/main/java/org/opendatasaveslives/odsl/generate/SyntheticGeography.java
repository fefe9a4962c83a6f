package org.opendatasaveslives.odsl.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic small-area geography inside the real demo districts: wards ({@code E059…}), 2011 MSOAs ({@code E029…})
 * and LSOAs ({@code E019…}), all in code ranges no real ONS code uses, plus one 2021-only LSOA per district
 * ({@code E01990…}) that only street-crime files mention. The geography is the same for every seed, so a demo
 * catalogue can rely on it; only crime rows vary with the seed.
 */
public final class SyntheticGeography {

    private static final long LAYOUT_SEED = 0x0D5L;
    private static final int FIRST_2021_ONLY_NUMBER = 101;
    private static final int WARD_NAME_OFFSET_PER_DISTRICT = 5;
    private static final double MAX_SPREADS_FROM_CENTRE = 2.0;
    private static final double STREET_LATITUDE_JITTER = 0.004;
    private static final double STREET_LONGITUDE_JITTER = 0.006;
    private static final int MIN_STREETS = 5;
    private static final int MAX_EXTRA_STREETS = 5;
    private static final double BUSYNESS_SIGMA = 0.8;

    private final List<Ward> wards = new ArrayList<>();
    private final List<Msoa> msoas = new ArrayList<>();
    private final List<Lsoa> lsoas = new ArrayList<>();
    private final Map<PoliceForce, List<CrimeArea>> crimeAreas = new EnumMap<>(PoliceForce.class);
    private final Random random = new Random(LAYOUT_SEED);

    private SyntheticGeography() {
        for (PoliceForce force : PoliceForce.values()) {
            crimeAreas.put(force, new ArrayList<>());
        }
        List<LocalAuthority> districts = ReferenceAreas.districts();
        for (int i = 0; i < districts.size(); i++) {
            mintDistrict(districts.get(i), i);
        }
        crimeAreas.values().forEach(areas -> areas.sort(Comparator.comparing(CrimeArea::lsoaName)));
    }

    public static SyntheticGeography mint() {
        return new SyntheticGeography();
    }

    public List<Ward> wards() {
        return List.copyOf(wards);
    }

    public List<Msoa> msoas() {
        return List.copyOf(msoas);
    }

    /** The 2011 LSOAs, in code order; these are the rows of {@code lsoa11_ccg_lad.csv}. */
    public List<Lsoa> lsoas() {
        return List.copyOf(lsoas);
    }

    /** Every LSOA the force's crime files use, 2021-only ones included, in LSOA-name order as police.uk orders rows. */
    public List<CrimeArea> crimeAreas(PoliceForce force) {
        return List.copyOf(crimeAreas.get(force));
    }

    private void mintDistrict(LocalAuthority district, int districtIndex) {
        List<Ward> districtWards = mintWards(district, districtIndex);
        int msoaCount = district.msoaCount();
        for (int m = 0; m < msoaCount; m++) {
            Ward ward = districtWards.get(m * districtWards.size() / msoaCount);
            Ccg ccg = district.ccgs().get(m * district.ccgs().size() / msoaCount);
            Msoa msoa = new Msoa(String.format(Locale.ROOT, "E029%05d", msoas.size() + 1),
                    district.name() + " " + threeDigits(m + 1), ward, ccg);
            msoas.add(msoa);
            int lsoaCount = 4 + m % 3;
            for (int l = 0; l < lsoaCount; l++) {
                String code = String.format(Locale.ROOT, "E019%05d", lsoas.size() + 1);
                Lsoa lsoa = new Lsoa(code, msoa.name() + (char) ('A' + l), msoa);
                lsoas.add(lsoa);
                addCrimeArea(lsoa.code(), lsoa.name(), district, true);
            }
        }
        String onlyIn2021Code = String.format(Locale.ROOT, "E0199%04d", districtIndex + 1);
        String onlyIn2021Name = district.name() + " " + threeDigits(msoaCount + FIRST_2021_ONLY_NUMBER) + "F";
        addCrimeArea(onlyIn2021Code, onlyIn2021Name, district, false);
    }

    private List<Ward> mintWards(LocalAuthority district, int districtIndex) {
        int wardCount = Math.max(2, (district.msoaCount() + 1) / 2);
        List<Ward> districtWards = new ArrayList<>();
        for (int w = 0; w < wardCount; w++) {
            Ward ward = new Ward(String.format(Locale.ROOT, "E059%05d", wards.size() + 1),
                    PlaceNames.wardName(districtIndex * WARD_NAME_OFFSET_PER_DISTRICT + w), district);
            wards.add(ward);
            districtWards.add(ward);
        }
        return districtWards;
    }

    private void addCrimeArea(String code, String name, LocalAuthority district, boolean inLookups) {
        AreaExtent extent = district.extent();
        double latitude = extent.latitude() + boundedGaussian() * extent.latitudeSpread();
        double longitude = extent.longitude() + boundedGaussian() * extent.longitudeSpread();
        int streetCount = MIN_STREETS + random.nextInt(MAX_EXTRA_STREETS);
        List<StreetPoint> streets = new ArrayList<>();
        for (int s = 0; s < streetCount; s++) {
            streets.add(new StreetPoint(PlaceNames.location(random),
                    sixDecimals(longitude + (random.nextDouble() * 2 - 1) * STREET_LONGITUDE_JITTER),
                    sixDecimals(latitude + (random.nextDouble() * 2 - 1) * STREET_LATITUDE_JITTER)));
        }
        double busyness = StrictMath.exp(BUSYNESS_SIGMA * random.nextGaussian());
        crimeAreas.get(district.force()).add(new CrimeArea(code, name, district, streets, busyness, inLookups));
    }

    private double boundedGaussian() {
        double g = random.nextGaussian();
        return Math.max(-MAX_SPREADS_FROM_CENTRE, Math.min(MAX_SPREADS_FROM_CENTRE, g));
    }

    private static String threeDigits(int number) {
        return String.format(Locale.ROOT, "%03d", number);
    }

    private static String sixDecimals(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }
}
