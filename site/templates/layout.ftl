<#ftl output_format="HTML">
<#-- The frame of every page. root is the relative way back to the site root ("" or "../"),
     so the site works opened from disk and served under any sub-path. site holds the
     organisation's name and the current period. -->
<#macro page title root site active="">
<!DOCTYPE html>
<html lang="${siteLanguage}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Scorecards">
<title>${title} · ${site.name}</title>
<link rel="stylesheet" href="${root}css/site.css">
<link rel="stylesheet" href="${root}css/levels.css">
<link rel="stylesheet" href="${root}css/charts.css">
<link rel="alternate" type="application/atom+xml" title="${msg("layout.feed", site.name)}" href="${root}feed.xml">
</head>
<body>
<a class="skip" href="#main">${msg("layout.skip")}</a>
<header class="site-header">
<a class="site-name" href="${root}index.html">${site.name}</a>
<nav aria-label="${msg("nav.site")}">
<ul>
<#list [
          {"id": "overview", "title": msg("nav.overview"), "href": "index.html"},
          {"id": "tribes", "title": msg("nav.tribes"), "href": "tribes/index.html"},
          {"id": "campaigns", "title": msg("nav.campaigns"), "href": "campaigns.html"},
          {"id": "model", "title": msg("nav.model"), "href": "model.html"},
          {"id": "needs", "title": msg("nav.needs"), "href": "needs.html"},
          {"id": "business-case", "title": msg("nav.business-case"), "href": "business-case.html"},
          {"id": "journal", "title": msg("nav.journal"), "href": "journal/index.html"}] as item>
<li><a href="${root}${item.href}"<#if item.id == active> aria-current="page"</#if>>${item.title}</a></li>
</#list>
</ul>
</nav>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer">
<#if site.pages?has_content><nav aria-label="${msg("footer.pages")}"><ul class="pages"><#list site.pages as p><li><a href="${root}${p.href}">${p.title}</a></li></#list></ul></nav></#if>
<p>${msg("footer.site", site.name)}<#if site.period?has_content> · ${msg("footer.period", site.period)}</#if> · <a href="${root}data/scorecards.json">${msg("footer.json")}</a> · <a href="${root}data/teams.csv">${msg("footer.csv")}</a></p>
</footer>
</body>
</html>
</#macro>

<#macro level l><span class="level lvl-${l.rank}">${l.name}</span></#macro>

<#macro trend cell><#if cell.trend == "up"><span class="trend up" title="${cell.trendText}">▲<span class="sr">${cell.trendText}</span></span><#elseif cell.trend == "down"><span class="trend down" title="${cell.trendText}">▼<span class="sr">${cell.trendText}</span></span><#elseif cell.trend == "same"><span class="trend same" title="${cell.trendText}">▶<span class="sr">${cell.trendText}</span></span></#if></#macro>

<#macro status s><span class="status status-${s.id}">${s.words}</span></#macro>

<#-- A figure as the page builders wrote it: their text for a missing or a withheld one (site.noData,
     site.withheld, in the site's language) is marked as such. -->
<#macro nodata value><#if value == site.noData><span class="no-data">${msg("value.no-data")}</span><#elseif value == site.withheld><span class="withheld">${msg("value.withheld")}</span><#else>${value}</#if></#macro>

<#-- A table of figures by period, newest first. Of a long history the latest twelve periods are
     in the table and the rest one click away, in a second table inside <details>, so that every
     period is there without a page of rows. The caller's nested content writes the parts: called
     with "head" it writes the header row, with "row" and a row one body row, with "foot" the
     footer of the first table (or nothing). With numeric, every data cell is a figure, aligned as
     one by the table's class rather than each cell's. -->
<#macro periodTable id caption rows numeric=false>
<#local newest = rows?reverse>
<div class="scroll" role="region" tabindex="0" aria-labelledby="${id}"><table class="periods<#if numeric> numeric</#if>">
<caption id="${id}">${caption}</caption>
<thead><#nested "head", {}></thead>
<tbody>
<#list newest[0..*12] as r><#nested "row", r></#list>
</tbody>
<#nested "foot", {}>
</table></div>
<#if newest?size gt 12>
<#local earlier = newest[12..]>
<details class="earlier">
<summary>${msg("periods.earlier", earlier?last.period, earlier?first.period, earlier?size)}</summary>
<div class="scroll" role="region" tabindex="0" aria-labelledby="${id}-earlier"><table class="periods<#if numeric> numeric</#if>">
<caption id="${id}-earlier">${msg("periods.earlier-caption", caption, earlier?last.period, earlier?first.period)}</caption>
<thead><#nested "head", {}></thead>
<tbody>
<#list earlier as r><#nested "row", r></#list>
</tbody>
</table></div>
</details>
</#if>
</#macro>
