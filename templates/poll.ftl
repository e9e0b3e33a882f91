[#ftl output_format="HTML"]
[#--
  The opinion poll widget and the poll archive. Import:
    [#import "/civic-portal/templates/macros/poll.ftl" as poll]
  Macros:
    [@poll.widget site view headingLevel=2 title=""/]
        view: org.civicportal.poll.PollView as a cached page may show it (no visitor: results only when public).
        Renders the question, the answers as radios or checkboxes, the public results as bars with counts,
        percentages and the total, and the schedule. civic-poll.js (webresources/js) then fetches the visitor's
        state, enables voting and shows results without a reload; without JavaScript the page still reads. Its
        markup follows the widget scripts' convention (webresources/js/civic-widgets.js): data-civic-* for what the
        script reads, data-civic-msg-* for its messages, flat civic-poll-* classes.
        title: the heading; empty means "Opinion poll".
    [@poll.archive site views/]
        views: list of PollView, newest first: the /polls page body.
    [@poll.script site/]
        the widget's script and style tags, once per page.
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#macro script site]
<link rel="stylesheet" href="${site.resource('css/civic-poll.css')}">
<script src="${site.resource('js/civic-poll.js')}" defer></script>
[/#macro]

[#macro widget site view headingLevel=2 title=""]
[#local id = view.pollId]
[#local base = 'civic-poll-' + id]
[#local h = 'h' + headingLevel]
<section class="civic-poll civic-poll-${view.statusKey}[#if !view.open && view.resultsVisible] civic-poll-done[/#if]" data-civic-poll="${id}" data-civic-api="${site.apiBase}"
    data-civic-multiple="${view.multiple?c}" data-civic-min="${view.minChoices?c}" data-civic-max="${view.maxChoices?c}"
    data-civic-msg-option-votes="${i18n['civic.poll.option.votes']}" data-civic-msg-total="${i18n['civic.poll.total']}"
    data-civic-msg-status-scheduled="${i18n['civic.poll.status.scheduled']}"
    data-civic-msg-status-closed="${i18n['civic.poll.status.closed']}"
    data-civic-msg-status-closes-at="${i18n['civic.poll.status.closesAt']}"
    data-civic-msg-status-voted="${i18n['civic.poll.status.voted']}"
    data-civic-msg-status-results-later="${i18n['civic.poll.status.resultsLater']}"
    data-civic-msg-status-results-private="${i18n['civic.poll.status.resultsPrivate']}"
    data-civic-msg-choose="${i18n['civic.poll.error.choose']}" data-civic-msg-count="${i18n['civic.poll.error.count']}"
    data-civic-msg-error="${i18n['civic.poll.error.generic']}"
    data-civic-msg-already-voted="${i18n['civic.poll.error.already_voted']}"
    data-civic-msg-poll-closed="${i18n['civic.poll.error.poll_closed']}"
    data-civic-msg-poll-not-open="${i18n['civic.poll.error.poll_not_open']}"
    data-civic-msg-rate-limited="${i18n['civic.poll.error.rate_limited']}"
    aria-labelledby="${base}-title">
  <${h} class="civic-poll-title" id="${base}-title">${title?has_content?then(title, i18n['civic.poll.heading'])}</${h}>
  <form class="civic-poll-form" novalidate>
    <fieldset class="civic-poll-fieldset"[#if !view.open] disabled[/#if]>
      <legend class="civic-poll-question">${view.question}</legend>
      [#if view.multiple]
      <p class="civic-poll-hint" id="${base}-hint">[#if view.minChoices == view.maxChoices]${i18n.get('civic.poll.hint.multiple.exact', [view.minChoices])}[#else]${i18n.get('civic.poll.hint.multiple', [view.minChoices, view.maxChoices])}[/#if]</p>
      [/#if]
      <ul class="civic-poll-options">
      [#list view.options as o]
        <li class="civic-poll-option">
          <input type="${view.multiple?then('checkbox', 'radio')}" name="${base}" id="${base}-${o?index}" value="${o.id}"[#if view.multiple] aria-describedby="${base}-hint"[/#if]>
          <label for="${base}-${o?index}">${o.label}</label>
        </li>
      [/#list]
      </ul>
    </fieldset>
    [#if view.open]
    <button type="submit" class="civic-poll-vote" hidden>${i18n['civic.poll.vote']}</button>
    <noscript><p class="civic-poll-noscript">${i18n['civic.poll.noscript']}</p></noscript>
    [/#if]
  </form>
  [@results view base h/]
  <p class="civic-poll-status" role="status" aria-live="polite">[@statusText view/]</p>
</section>
[/#macro]

[#macro statusText view]
[#if view.statusKey == 'scheduled']${i18n.get('civic.poll.status.scheduled', [u.date(view.opensAtDate)])}[#elseif view.statusKey == 'closed']${i18n['civic.poll.status.closed']}[#elseif view.closesAtDate??]${i18n.get('civic.poll.status.closesAt', [u.date(view.closesAtDate)])}[/#if]
[/#macro]

[#-- Always rendered, hidden until there is something to show, so the script only fills it in. --]
[#macro results view base h]
<div class="civic-poll-results" id="${base}-results" tabindex="-1" role="group" aria-labelledby="${base}-results-title"[#if !view.resultsVisible] hidden[/#if]>
  <p class="civic-poll-results-title" id="${base}-results-title">${i18n['civic.poll.results']}</p>
  <ul class="civic-poll-bars">
  [#if view.resultsVisible]
  [#list view.options as o]
    <li class="civic-poll-result">
      <span class="civic-poll-result-label">${o.label}</span>
      [#-- A progress element, not a styled width: the pages run under a CSP without inline styles. --]
      <progress class="civic-poll-bar" max="100" value="${o.percent?c}" aria-hidden="true"></progress>
      <span class="civic-poll-result-count">${i18n.get('civic.poll.option.votes', [o.votes, o.percent])}</span>
    </li>
  [/#list]
  [/#if]
  </ul>
  <p class="civic-poll-total">[#if view.resultsVisible]${i18n.get('civic.poll.total', [view.totalVotes])}[/#if]</p>
</div>
[/#macro]

[#macro archive site views]
<h1 class="civic-poll-archive-title">${i18n['civic.poll.archive.title']}</h1>
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
  <li class="civic-poll-archive-item">[@widget site v 2 state + when?has_content?then(' · ' + when, '')/]</li>
[/#list]
</ul>
[#else]
<p class="civic-poll-archive-empty">${i18n['civic.poll.archive.empty']}</p>
[/#if]
[/#macro]
