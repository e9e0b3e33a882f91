[#ftl output_format="HTML"]
[#--
  Site search: the box in the page header and the results page. Import:
    [#import "/civic-portal/templates/macros/search.ftl" as s]
  Macros:
    [@s.box site/]
        The header's search form (GET site.searchHref, field q), with a label for screen readers.
    [@s.page site answer/]
        The search page body for a SearchAnswer: h1, the form with its filters (type, year), then either the reason
        a request was refused (answer.invalid: the server answers 400), a prompt (nothing typed), "no results", or
        the hits (title and excerpt with the searched words in <mark>) and the pager.
  Every piece of text is escaped by this file's HTML output format; marks are added around escaped pieces only.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#macro box site]
<form class="civic-search-box" role="search" aria-label="${i18n['civic.search.box.label']}" action="${site.searchHref}" method="get">
  <label class="civic-search-box-label" for="civic-search-box-q">${i18n['civic.search.box.label']}</label>
  <input id="civic-search-box-q" type="search" name="q" maxlength="${site.searchMaxLength?c}" autocomplete="off">
  <button type="submit">${i18n['civic.search.box.submit']}</button>
</form>
[/#macro]

[#macro page site answer]
[#local query = answer.query!]
<section class="civic-search" aria-labelledby="civic-search-title">
  <h1 id="civic-search-title">${i18n['civic.search.title']}</h1>
  <form class="civic-search-form" role="search" aria-labelledby="civic-search-title" action="${site.searchHref}" method="get">
    <p class="civic-search-field">
      <label for="civic-search-q">${i18n['civic.search.field.q']}</label>
      <input id="civic-search-q" type="search" name="q" value="${answer.text}" maxlength="${site.searchMaxLength?c}">
    </p>
    <p class="civic-search-field">
      <label for="civic-search-type">${i18n['civic.search.field.type']}</label>
      <select id="civic-search-type" name="type">
        <option value=""[#if answer.type == ""] selected[/#if]>${i18n['civic.search.type.all']}</option>
        [#list ['report', 'article'] as kind]
        <option value="${kind}"[#if answer.type == kind] selected[/#if]>${u.kindLabel(kind)}</option>
        [/#list]
      </select>
    </p>
    <p class="civic-search-field">
      <label for="civic-search-year">${i18n['civic.search.field.year']}</label>
      <select id="civic-search-year" name="year">
        <option value="">${i18n['civic.search.year.all']}</option>
        [#list answer.years as year]
        <option value="${year?c}"[#if answer.year == year?c] selected[/#if]>${year?c}</option>
        [/#list]
      </select>
    </p>
    <p class="civic-search-submit"><button type="submit">${i18n['civic.search.submit']}</button></p>
  </form>
  [#if answer.invalid]
  <p class="civic-search-message civic-search-invalid" role="alert">${i18n['civic.search.invalid.' + answer.reason]}</p>
  [#elseif query.empty]
  <p class="civic-search-message">${answer.text?has_content?then(i18n['civic.search.noWords'], i18n['civic.search.prompt'])}</p>
  [#else]
  [#local hits = answer.results.hits]
  [#if hits.total == 0]
  <p class="civic-search-message civic-search-status">${i18n.get('civic.search.none', [query.text])}</p>
  [#elseif hits.items?has_content]
  <p class="civic-search-status">${i18n.get('civic.search.status', [hits.total?c, query.text, hits.page?c, hits.totalPages?c])}</p>
  <ol class="civic-search-results" start="${((hits.page - 1) * hits.pageSize + 1)?c}">
  [#list hits.items as hit]
    <li class="civic-search-hit civic-item-${hit.item.kind.key}">
      <h2 class="civic-search-hit-title"><a href="${site.href(hit.item)}">[@marked hit.title/]</a></h2>
      <p class="civic-list-meta"><span class="civic-kind">${u.kindLabel(hit.item.kind.key)}</span>[#if hit.item.publishDate??] <time datetime="${u.isoDate(hit.item.publishDate)}">${u.date(hit.item.publishDate)}</time>[/#if]</p>
      <p class="civic-search-excerpt">[@marked hit.excerpt/]</p>
    </li>
  [/#list]
  </ol>
  [#else]
  <p class="civic-search-message">${i18n['civic.search.pastLast']} <a href="${site.searchPageHref(query, 1)}">${i18n['civic.search.firstPage']}</a></p>
  [/#if]
  [@pager site query hits/]
  [/#if]
</section>
[/#macro]

[#macro marked fragments][#list fragments as f][#if f.match]<mark>${f.text}</mark>[#else]${f.text}[/#if][/#list][/#macro]

[#macro pager site query hits]
[#if hits.totalPages > 1 && hits.items?has_content]
<nav class="civic-pager" aria-label="${i18n['civic.site.pager.label']}">
  <ul>
    <li class="civic-pager-prev">
    [#if hits.hasPrevious]
      <a rel="prev" href="${site.searchPageHref(query, hits.page - 1)}">${i18n['civic.site.pager.previous']}</a>
    [#else]
      <span aria-disabled="true">${i18n['civic.site.pager.previous']}</span>
    [/#if]
    </li>
    [#list u.pageWindow(hits.page, [hits.totalPages, site.searchMaxPage]?min) as n]
    [#if n == 0]
    <li class="civic-pager-gap" aria-hidden="true">…</li>
    [#else]
    <li><a href="${site.searchPageHref(query, n)}" aria-label="${i18n.get('civic.site.pager.page', [n?c])}"[#if n == hits.page] aria-current="page"[/#if]>${n?c}</a></li>
    [/#if]
    [/#list]
    <li class="civic-pager-next">
    [#if hits.hasNext && hits.page < site.searchMaxPage]
      <a rel="next" href="${site.searchPageHref(query, hits.page + 1)}">${i18n['civic.site.pager.next']}</a>
    [#else]
      <span aria-disabled="true">${i18n['civic.site.pager.next']}</span>
    [/#if]
    </li>
  </ul>
</nav>
[/#if]
[/#macro]
