[#ftl output_format="HTML"]
[#--
  Share bar. Import:
    [#import "/civic-portal/templates/macros/share.ftl" as sh]
  Macro:
    [@sh.share site item/]
        Plain links (no third-party script, no tracking) to share site.absoluteUrl(item) on Facebook, X and Zalo,
        and a copy-link button (civic-portal.js; hidden without JavaScript). The URL and title are URL-encoded.
  Functions (for tests and other bars):
    sh.facebookUrl(url) sh.xUrl(url, title) sh.zaloUrl(url)
--]

[#-- Zalo documents only its SDK button, which loads a third-party script; a plain link to its share endpoint
     avoids that. Kept in this one function should Zalo change the endpoint. --]
[#function facebookUrl url]
  [#return 'https://www.facebook.com/sharer/sharer.php?u=' + url?url('UTF-8')]
[/#function]

[#function xUrl url title]
  [#return 'https://x.com/intent/post?url=' + url?url('UTF-8') + '&text=' + title?url('UTF-8')]
[/#function]

[#function zaloUrl url]
  [#return 'https://sp.zalo.me/share_inline?url=' + url?url('UTF-8')]
[/#function]

[#macro share site item]
[#local url = site.absoluteUrl(item)]
<div class="civic-share" role="group" aria-label="${i18n['civic.site.share.label']}">
  <span class="civic-share-label" aria-hidden="true">${i18n['civic.site.share.label']}:</span>
  <a class="civic-share-link civic-share-facebook" href="${facebookUrl(url)}" target="_blank" rel="noopener noreferrer">Facebook<span class="civic-sr"> ${i18n['civic.site.share.newWindow']}</span></a>
  <a class="civic-share-link civic-share-x" href="${xUrl(url, item.title)}" target="_blank" rel="noopener noreferrer">X<span class="civic-sr"> ${i18n['civic.site.share.newWindow']}</span></a>
  <a class="civic-share-link civic-share-zalo" href="${zaloUrl(url)}" target="_blank" rel="noopener noreferrer">Zalo<span class="civic-sr"> ${i18n['civic.site.share.newWindow']}</span></a>
  <button type="button" class="civic-tool civic-share-copy" data-civic-copy="${url}" data-civic-copied="${i18n['civic.site.share.copied']}" data-civic-copy-failed="${i18n['civic.site.share.copyFailed']}">${i18n['civic.site.share.copy']}</button>
  <span class="civic-share-status" role="status" aria-live="polite"></span>
</div>
[/#macro]
