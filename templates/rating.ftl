[#ftl output_format="HTML"]
[#--
  The 5-point rating widget of an article or report. Import:
    [#import "/civic-portal/templates/macros/rating.ftl" as rt]
  Macro:
    [@rt.rating site itemId summary schemaOrg=false itemName=""/]
        site: SiteContext. itemId: the item's JCR identifier. summary: org.civicportal.rating.RatingSummary, the
        numbers when the page was rendered (civicfn.rating(item)). Pages are cached for everyone, so nothing here
        depends on the visitor: civic-rating.js fetches the live numbers and this visitor's score, and shows the
        radio group (it needs JavaScript to send a vote; without it the numbers still show). Its markup follows the
        widget scripts' convention (webresources/js/civic-widgets.js): data-civic-* for what the script reads,
        data-civic-msg-* for its messages, flat civic-rating-* classes.
        schemaOrg: also emit schema.org AggregateRating microdata (off by default: search engines only use it for
        a few item types, and it must then describe the item the page is about, named itemName).
--]

[#macro rating site itemId summary schemaOrg=false itemName=""]
[#local uid = "civic-rating-" + itemId]
[#local avg = summary.average?string["0.0"]]
<section class="civic-rating" data-civic-rating="${itemId}" data-civic-api="${site.apiBase}" data-civic-lang="${site.lang}"
    data-civic-msg-mine="${i18n['civic.rating.mine']}" data-civic-msg-thanks="${i18n['civic.rating.thanks']}"
    data-civic-msg-choose="${i18n['civic.rating.choose']}" data-civic-msg-error="${i18n['civic.rating.error']}"
    data-civic-msg-already-voted="${i18n['civic.rating.already']}"
    data-civic-msg-rate-limited="${i18n['civic.rating.limited']}"
    aria-labelledby="${uid}-title">
  <link rel="stylesheet" href="${site.resource('css/civic-rating.css')}">
  <script src="${site.resource('js/civic-rating.js')}" defer></script>
  <h2 id="${uid}-title" class="civic-rating-title">${i18n['civic.rating.title']}</h2>
  <div class="civic-rating-summary">
    <p class="civic-rating-stars" aria-hidden="true" data-civic-rating-stars>[@stars summary.average/]</p>
    <dl class="civic-rating-figures">
      <div><dt>${i18n['civic.rating.total']}</dt><dd data-civic-rating-total>${summary.total}</dd></div>
      <div><dt>${i18n['civic.rating.count']}</dt><dd data-civic-rating-count>${summary.count}</dd></div>
      <div><dt>${i18n['civic.rating.average']}</dt><dd><span data-civic-rating-average>${avg}</span>/5</dd></div>
    </dl>
  </div>
  <table class="civic-rating-bars">
    <caption class="civic-sr">${i18n['civic.rating.distribution']}</caption>
    <tbody>
    [#list 5..1 as score]
      [#local votes = summary.histogram[score - 1]]
      [#local percent = summary.percentages[score - 1]]
      <tr>
        <th scope="row"><span class="civic-sr">${i18n.get('civic.rating.outOf', [score?c])}</span><span aria-hidden="true">${score?c} ★</span></th>
        <td class="civic-rating-bar"><meter min="0" max="100" value="${percent?c}" data-civic-rating-bar="${score?c}">${percent?c}%</meter></td>
        <td class="civic-rating-votes" data-civic-rating-votes="${score?c}">${votes}</td>
      </tr>
    [/#list]
    </tbody>
  </table>
  <fieldset class="civic-rating-choice" hidden>
    <legend>${i18n['civic.rating.prompt']}</legend>
    <div class="civic-rating-options">
    [#list 1..5 as score]
      <input type="radio" class="civic-rating-input" id="${uid}-${score?c}" name="${uid}" value="${score?c}">
      <label class="civic-rating-option" for="${uid}-${score?c}"><span aria-hidden="true">★</span><span class="civic-sr">${i18n.get('civic.rating.outOf', [score?c])}</span></label>
    [/#list]
    </div>
    <button type="button" class="civic-rating-submit">${i18n['civic.rating.submit']}</button>
  </fieldset>
  <p class="civic-rating-mine" data-civic-rating-mine tabindex="-1" hidden></p>
  <p class="civic-rating-status" role="status" aria-live="polite" data-civic-rating-status></p>
  [#if schemaOrg && (summary.count > 0)]
  <div itemscope itemtype="https://schema.org/AggregateRating">
    <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWork"><meta itemprop="name" content="${itemName}"></div>
    <meta itemprop="ratingValue" content="${summary.average?c}">
    <meta itemprop="ratingCount" content="${summary.count?c}">
    <meta itemprop="bestRating" content="5">
    <meta itemprop="worstRating" content="1">
  </div>
  [/#if]
</section>
[/#macro]

[#-- Five stars for an average, to the nearest half star; the figures beside them carry the value in text. --]
[#macro stars average]
[#local halves = (average * 2)?round]
[#list 1..5 as n][#if halves gte n * 2]<span class="civic-star civic-star-full">★</span>[#elseif halves == n * 2 - 1]<span class="civic-star civic-star-half">★</span>[#else]<span class="civic-star civic-star-empty">★</span>[/#if][/#list]
[/#macro]
