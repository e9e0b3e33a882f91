[#ftl output_format="HTML"]
[#--
  Accessibility toolbar. Import:
    [#import "/civic-portal/templates/macros/toolbar.ftl" as tb]
  Macro:
    [@tb.toolbar/]
        Font size A- / A / A+ and high contrast as toggle <button>s with aria-pressed, and a print button.
        civic-portal.js makes them work and remembers the choice (localStorage); civic-prefs.js applies it before
        the first paint. The HTML is the same for every visitor (pages are cached): the script sets aria-pressed.
        Hidden without JavaScript (class civic-no-js on <html>), since the buttons need it.
--]

[#macro toolbar]
<div class="civic-toolbar" role="group" aria-label="${i18n['civic.site.toolbar.label']}">
  <button type="button" class="civic-tool civic-tool-font" data-civic-font="small" aria-pressed="false" title="${i18n['civic.site.toolbar.fontSmall']}"><span aria-hidden="true">A-</span><span class="civic-sr">${i18n['civic.site.toolbar.fontSmall']}</span></button>
  <button type="button" class="civic-tool civic-tool-font" data-civic-font="normal" aria-pressed="true" title="${i18n['civic.site.toolbar.fontNormal']}"><span aria-hidden="true">A</span><span class="civic-sr">${i18n['civic.site.toolbar.fontNormal']}</span></button>
  <button type="button" class="civic-tool civic-tool-font" data-civic-font="large" aria-pressed="false" title="${i18n['civic.site.toolbar.fontLarge']}"><span aria-hidden="true">A+</span><span class="civic-sr">${i18n['civic.site.toolbar.fontLarge']}</span></button>
  <button type="button" class="civic-tool civic-tool-contrast" data-civic-contrast aria-pressed="false">${i18n['civic.site.toolbar.contrast']}</button>
  <button type="button" class="civic-tool civic-tool-print" data-civic-print>${i18n['civic.site.toolbar.print']}</button>
</div>
[/#macro]
