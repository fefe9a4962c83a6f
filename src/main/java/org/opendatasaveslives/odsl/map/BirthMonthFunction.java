package org.opendatasaveslives.odsl.map;

/**
 * {@code odslfn:birthMonth}: the month and year ({@code yyyy-mm}, for {@code xsd:gYearMonth}) of a date of birth
 * written as {@link OdslFunctions#date} reads dates ({@code dd/mm/yyyy}, {@code yyyy-mm-dd}, {@code yyyymmdd}), so that
 * the full date never reaches the graph. A date of birth identifies a person: the function is sensitive, and a value
 * that is not a date fails the record with a reason that does not repeat it.
 */
final class BirthMonthFunction extends IdentifierFunction {
    static final String IRI = OdslFunctions.NS + "birthMonth";

    BirthMonthFunction() {
        super(IRI);
    }

    @Override
    public Object apply(Object[] args) throws FunctionException {
        if (args[0] == null) {
            return null;
        }
        String date;
        try {
            date = OdslFunctions.date(Values.str(args[0]));
        } catch (FunctionException e) {
            throw new FunctionException("is not a date of birth (expected a real date as dd/mm/yyyy, yyyy-mm-dd or"
                + " yyyymmdd)");
        }
        return date == null ? null : date.substring(0, 7);
    }
}
