[#ftl output_format="HTML"]
[#--
  Shared functions of the civic-portal macro library (no markup). Import:
    [#import "/civic-portal/templates/macros/util.ftl" as u]
  Reads the global i18n hash. Functions:
    u.safeUrl(url)            -> url when it is http(s) or a site path ("/..."), else "" (drops javascript: etc.)
    u.mailto(address)         -> "mailto:address" when address looks like one e-mail address, else ""
    u.tel(phone)              -> "tel:" and the phone number's digits (and a leading +), "" when it has none
    u.date(date)              -> date in the reader's format (vi dd/MM/yyyy, en "15 October 2019")
    u.isoDate(date)           -> yyyy-MM-dd, for <time datetime>
    u.figure(value)           -> a key-figure value: numbers regrouped for the reader (vi 2.165, en 2,165),
                                 anything else as typed
    u.isNumeric(value)        -> whether u.figure reads value as a number
    u.groupDigits(digits, sep)-> "2165", "." -> "2.165"
    u.period(period)          -> ReportingPeriod in words: "Quý III năm 2019" / "Q3 2019"
    u.roman(n)                -> 1..12 as Roman numerals
    u.kindLabel(kindKey)      -> "Báo cáo" / "Tin tức" for "report" / "article"
    u.itemTrail(site, item)   -> breadcrumb trail: home, the kind's listing, the item (for layout.page crumbs)
    u.pageTrail(site, label)  -> breadcrumb trail of a page right below home (a listing, the poll archive)
    u.pageWindow(current, total) -> page numbers to show in a pager, 0 marking a gap
--]

[#function safeUrl url]
  [#if !url?? || !url?has_content][#return ""][/#if]
  [#local t = url?trim]
  [#if t?matches(r'https?://[^\s<>"\\]+', 'i') || t?matches(r'/(?![/\\])[^\s<>"]*')]
    [#return t]
  [/#if]
  [#return ""]
[/#function]

[#function mailto address]
  [#if address?? && address?trim?matches(r'[^\s@<>"\\/?#&]+@[A-Za-z0-9.-]+')][#return "mailto:" + address?trim][/#if]
  [#return ""]
[/#function]

[#function tel phone]
  [#local digits = (phone!"")?replace(r'[^0-9]', '', 'r')]
  [#if !digits?has_content][#return ""][/#if]
  [#return "tel:" + (phone?trim?starts_with("+"))?then("+", "") + digits]
[/#function]

[#function date d]
  [#return d?datetime?string(i18n['civic.site.dateFormat'])]
[/#function]

[#function isoDate d]
  [#return d?datetime?string('yyyy-MM-dd')]
[/#function]

[#function groupDigits digits sep]
  [#local n = digits?length]
  [#local out = ""]
  [#list 0..<n as i]
    [#if i > 0 && (n - i) % 3 == 0][#local out += sep][/#if]
    [#local out += digits[i]]
  [/#list]
  [#return out]
[/#function]

[#-- Editors type figures either way ("2165", "2.165", "2,165", "12,5"); a run of 3-digit groups is a thousands
     grouping in either convention, any other single separator a decimal point. --]
[#function figure value]
  [#if !value?? || !value?has_content][#return ""][/#if]
  [#local v = value?trim]
  [#local sign = v?starts_with('-')?then('-', '')]
  [#local digits = v?remove_beginning('-')]
  [#local grp = i18n['civic.site.number.group']]
  [#local dec = i18n['civic.site.number.decimal']]
  [#if digits?matches(r'[0-9]+')]
    [#return sign + groupDigits(digits?replace(r'^0+(?=[0-9])', '', 'r'), grp)]
  [#elseif digits?matches(r'[0-9]{1,3}([.,])[0-9]{3}(\1[0-9]{3})*')]
    [#return sign + groupDigits(digits?replace(r'[.,]', '', 'r'), grp)]
  [#elseif digits?matches(r'[0-9]+[.,][0-9]+')]
    [#local parts = digits?split(r'[.,]', 'r')]
    [#return sign + groupDigits(parts[0]?replace(r'^0+(?=[0-9])', '', 'r'), grp) + dec + parts[1]]
  [/#if]
  [#return v]
[/#function]

[#function isNumeric value]
  [#if !value??][#return false][/#if]
  [#local digits = value?trim?remove_beginning('-')]
  [#return digits?matches(r'[0-9]+|[0-9]{1,3}([.,])[0-9]{3}(\1[0-9]{3})*|[0-9]+[.,][0-9]+')]
[/#function]

[#function roman n]
  [#if n < 1 || n > 12][#return n?c][/#if]
  [#return ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1]]
[/#function]

[#function period p]
  [#local key = 'civic.site.period.' + p.type]
  [#if p.type == 'HALF_YEAR'][#local key += '.' + p.number?c][/#if]
  [#local month = (p.type == 'MONTH')?then(i18n['civic.site.month.' + p.number?c], '')]
  [#return i18n.get(key, [p.number?c, roman(p.number), p.year?c, month])]
[/#function]

[#function kindLabel kindKey]
  [#return i18n['civic.site.kind.' + kindKey]]
[/#function]

[#function itemTrail site item]
  [#return [
    {'label': i18n['civic.site.home'], 'href': site.homeHref},
    {'label': kindLabel(item.kind.key), 'href': site.listingHrefFor(item.kind.key, 1)},
    {'label': item.title}
  ]]
[/#function]

[#function pageTrail site label]
  [#return [{'label': i18n['civic.site.home'], 'href': site.homeHref}, {'label': label}]]
[/#function]

[#function pageWindow current total]
  [#local out = []]
  [#list 1..total as n]
    [#if n == 1 || n == total || (n >= current - 2 && n <= current + 2)]
      [#local out += [n]]
    [#elseif out?has_content && out?last != 0]
      [#local out += [0]]
    [/#if]
  [/#list]
  [#return out]
[/#function]
