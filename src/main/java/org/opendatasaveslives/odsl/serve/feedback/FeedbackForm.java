package org.opendatasaveslives.odsl.serve.feedback;

import static org.opendatasaveslives.odsl.serve.HtmlEscaper.escape;

/** The HTML form that posts feedback on one target to {@value FeedbackRoutes#PATH}; it works without script. */
final class FeedbackForm {
    private FeedbackForm() {
    }

    /** @param back the local path the browser returns to once the feedback is stored */
    static String html(String target, String back, FeedbackLimits limits) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<form class=\"feedback\" method=\"post\" action=\"").append(FeedbackRoutes.PATH).append("\">")
            .append("<input type=\"hidden\" name=\"target\" value=\"").append(escape(target)).append("\">")
            .append("<input type=\"hidden\" name=\"back\" value=\"").append(escape(back)).append("\">")
            .append("<label>Kind <select name=\"motivation\">");
        for (Motivation motivation : Motivation.values()) {
            html.append("<option value=\"").append(motivation.id()).append("\">").append(escape(motivation.label()))
                .append("</option>");
        }
        html.append("</select></label> <label>Your feedback (at most ").append(limits.maxTextLength())
            .append(" characters; it is public, so leave out names and identifiers)<br><textarea name=\"text\" rows=\"3\""
                + " cols=\"60\" required maxlength=\"").append(limits.maxTextLength()).append("\"></textarea></label> ")
            .append("<button type=\"submit\">Send feedback</button></form>");
        return html.toString();
    }
}
