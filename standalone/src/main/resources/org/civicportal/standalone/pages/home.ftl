[#ftl output_format="HTML"]
[#-- Standalone home page: the latest reports and articles (model: reports, articles as ResultPage); the sidebar
     holds the newest open poll, as the poll component does in Magnolia's home page sidebar. --]
[#import "/civic-portal/templates/macros/layout.ftl" as layout]
[#import "/civic-portal/templates/macros/home.ftl" as h]
[#import "/civic-portal/templates/macros/poll.ftl" as poll]
[@layout.page site=site title=site.siteName pageClass="civic-page-home"]
[@h.home site reports articles]
[#assign newestPoll = civicfn.poll("")!]
[#if newestPoll?has_content][@poll.script site=site/][@poll.widget site=site view=newestPoll/][/#if]
<p class="civic-more"><a href="${site.homeHref}polls">${i18n['civic.poll.archive.link']}</a></p>
[/@h.home]
[/@layout.page]
