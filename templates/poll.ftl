[#ftl output_format="HTML"]
[#--
  The opinion poll widget and the poll archive. Import:
    [#import "/civic-portal/templates/macros/poll.ftl" as poll]
  Macros:
    [@poll.widget site view headingLevel=2 title=""/]
        view: org.civicportal.poll.PollView as a cached page may show it (no visitor: results only when public).
        Renders the question, the answers as radios or checkboxes, the public results as bars with counts,
        percentages and the total, and the schedule. civic-poll.js (webresources/js) then fetches the visitor's
        state, enables voting and shows results without a reload; without JavaScript the page still reads.
        title: the heading; empty means "Opinion poll".
    [@poll.archive site views/]
        views: list of PollView, newest first: the /polls page body.
    [@poll.script site/]
        the widget's script and style tags, once per page.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#macro script site]
<link rel="stylesheet" href="${site.resourcesBase}/css/civic-poll.css">
<script src="${site.resourcesBase}/js/civic-poll.js" defer></script>
[/#macro]

[#-- Messages the script needs, as JSON in a data attribute (escaped for HTML, read back by dataset). --]
[#function messagesJson]
  [#local keys = ['vote', 'results', 'option.votes', 'total', 'status.scheduled', 'status.closed', 'status.closesAt',
    'status.voted', 'status.resultsLater', 'status.resultsPrivate', 'error.choose', 'error.count',
    'error.already_voted', 'error.poll_closed', 'error.poll_not_open', 'error.rate_limited', 'error.generic']]
  [#local out = '{']
  [#list keys as k]
    [#local out += '"' + k + '":"' + i18n['civic.poll.' + k]?json_string + '"' + k?has_next?then(',', '')]
  [/#list]
  [#return out + '}']
[/#function]

[#macro widget site view headingLevel=2 title=""]
[#local id = view.pollId]
[#local base = 'civic-poll-' + id]
[#local h = 'h' + headingLevel]
<section class="civic-poll civic-poll--${view.statusKey}[#if !view.open && view.resultsVisible] civic-poll--done[/#if]" data-civic-poll="${id}" data-api="${site.apiBase}"
    data-multiple="${view.multiple?c}" data-min="${view.minChoices?c}" data-max="${view.maxChoices?c}"
    data-messages="${messagesJson()}" aria-labelledby="${base}-title">
  <${h} class="civic-poll__title" id="${base}-title">${title?has_content?then(title, i18n['civic.poll.heading'])}</${h}>
  <form class="civic-poll__form" novalidate>
    <fieldset class="civic-poll__fieldset"[#if !view.open] disabled[/#if]>
      <legend class="civic-poll__question">${view.question}</legend>
      [#if view.multiple]
      <p class="civic-poll__hint" id="${base}-hint">[#if view.minChoices == view.maxChoices]${i18n.get('civic.poll.hint.multiple.exact', [view.minChoices])}[#else]${i18n.get('civic.poll.hint.multiple', [view.minChoices, view.maxChoices])}[/#if]</p>
      [/#if]
      <ul class="civic-poll__options">
      [#list view.options as o]
        <li class="civic-poll__option">
          <input type="${view.multiple?then('checkbox', 'radio')}" name="${base}" id="${base}-${o?index}" value="${o.id}"[#if view.multiple] aria-describedby="${base}-hint"[/#if]>
          <label for="${base}-${o?index}">${o.label}</label>
        </li>
      [/#list]
      </ul>
    </fieldset>
    [#if view.open]
    <button type="submit" class="civic-poll__vote" hidden>${i18n['civic.poll.vote']}</button>
    <noscript><p class="civic-poll__noscript">${i18n['civic.poll.noscript']}</p></noscript>
    [/#if]
  </form>
  [@results view base h/]
  <p class="civic-poll__status" role="status" aria-live="polite">[@statusText view/]</p>
</section>
[/#macro]

[#macro statusText view]
[#if view.statusKey == 'scheduled']${i18n.get('civic.poll.status.scheduled', [u.date(view.opensAtDate)])}[#elseif view.statusKey == 'closed']${i18n['civic.poll.status.closed']}[#elseif view.closesAtDate??]${i18n.get('civic.poll.status.closesAt', [u.date(view.closesAtDate)])}[/#if]
[/#macro]

[#-- Always rendered, hidden until there is something to show, so the script only fills it in. --]
[#macro results view base h]
<div class="civic-poll__results" id="${base}-results" tabindex="-1" role="group" aria-labelledby="${base}-results-title"[#if !view.resultsVisible] hidden[/#if]>
  <p class="civic-poll__results-title" id="${base}-results-title">${i18n['civic.poll.results']}</p>
  <ul class="civic-poll__bars">
  [#if view.resultsVisible]
  [#list view.options as o]
    <li class="civic-poll__result">
      <span class="civic-poll__result-label">${o.label}</span>
      [#-- A progress element, not a styled width: the pages run under a CSP without inline styles. --]
      <progress class="civic-poll__bar" max="100" value="${o.percent?c}" aria-hidden="true"></progress>
      <span class="civic-poll__result-count">${i18n.get('civic.poll.option.votes', [o.votes, o.percent])}</span>
    </li>
  [/#list]
  [/#if]
  </ul>
  <p class="civic-poll__total">[#if view.resultsVisible]${i18n.get('civic.poll.total', [view.totalVotes])}[/#if]</p>
</div>
[/#macro]

[#macro archive site views]
<h1 class="civic-poll-archive__title">${i18n['civic.poll.archive.title']}</h1>
[#if views?has_content]
<ul class="civic-poll-archive">
[#list views as v]
  [#local state = i18n['civic.poll.archive.' + v.open?then('open', 'closed')]]
  [#if v.opensAtDate?? && v.closesAtDate??]
    [#local when = i18n.get('civic.poll.archive.period', [u.date(v.opensAtDate), u.date(v.closesAtDate)])]
  [#elseif v.opensAtDate??]
    [#local when = i18n.get('civic.poll.archive.since', [u.date(v.opensAtDate)])]
  [#else]
    [#local when = '']
  [/#if]
  <li class="civic-poll-archive__item">[@widget site v 2 state + when?has_content?then(' · ' + when, '')/]</li>
[/#list]
</ul>
[#else]
<p class="civic-poll-archive__empty">${i18n['civic.poll.archive.empty']}</p>
[/#if]
[/#macro]
