package org.civicportal.standalone;

import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The site bench/load.sh measures: the standalone site (same command line) plus an empty servlet in the same Tomcat,
 * the baseline every measured request is compared with. It lives in the test classes so the product never serves it.
 */
public final class LoadBenchSite {
    static final String EMPTY_SERVLET_PATH = "/.bench/empty";

    private LoadBenchSite() {
    }

    public static void main(String[] args) {
        Main.main(args, extraServlets());
    }

    static Map<String, Servlet> extraServlets() {
        return Map.of(EMPTY_SERVLET_PATH, new EmptyServlet());
    }

    /** Answers 204 to any request without reading it: what Tomcat alone costs. */
    private static final class EmptyServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }
}
