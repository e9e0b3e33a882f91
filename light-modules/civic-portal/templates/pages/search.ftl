[#ftl output_format="HTML"]
[#-- The site search page: the module forwards /search and /en/search here. The visitor's q, type, year and page
     parameters give the answer; a refused one (too long, a type or year not offered) answers 400 with its reason,
     as in the standalone. Result pages are not for search engines (robots noindex). --]
[#import "/civic-portal/templates/includes/page.ftl" as frame]
[#import "/civic-portal/templates/macros/search.ftl" as s]
[#import "/civic-portal/templates/macros/util.ftl" as u]
[#assign site = civicfn.site()]
[#assign answer = civicfn.search(ctx.getParameter("q")!, ctx.getParameter("type")!, ctx.getParameter("year")!, ctx.getParameter("page")!)]
[#if answer.invalid && !cmsfn.authorInstance]${ctx.response.setStatus(400)!}[/#if][#t]
[@frame.page site=site title=i18n['civic.search.title'] description=i18n['civic.seo.description.search'] crumbs=u.pageTrail(site, i18n['civic.search.title']) robots="noindex" pageClass="civic-page-search"]
[@s.page site=site answer=answer/]
[/@frame.page]
