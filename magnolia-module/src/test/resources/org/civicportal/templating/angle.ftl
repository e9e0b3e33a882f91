<#ftl output_format="HTML">
${site.lang} ${v}
