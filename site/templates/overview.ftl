<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "figures.ftl" as figures>
<@layout.page title=title root=root site=site active="overview">
<h1>${msg("overview.heading", site.name)}</h1>
<#if period?has_content>
<p class="lead">${msg("overview.lead.period")} <strong>${period}</strong>: ${msg("overview.lead.assessed", assessed)}<#if previousPeriod?has_content>; ${msg("overview.lead.against", previousPeriod)}</#if>.</p>

<section aria-labelledby="headlines">
<h2 id="headlines">${msg("overview.headlines")}</h2>
<@figures.cards headlines/>
</section>

<section aria-labelledby="adoption">
<h2 id="adoption">${msg("overview.adoption")}</h2>
<p>${msg("overview.adoption.intro", period)}</p>
<@figures.adoptionTable adoption period root/>
</section>
</#if>

<#if campaigns?has_content>
<section aria-labelledby="campaigns">
<h2 id="campaigns">${msg("overview.campaigns")}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="campaigns-table"><table>
<caption id="campaigns-table">${msg("overview.campaigns.caption", period)}</caption>
<thead><tr><th scope="col">${msg("campaigns.campaign")}</th><th scope="col">${msg("campaigns.status")}</th><th scope="col">${msg("campaigns.meeting")}</th><th scope="col">${msg("campaigns.expected")}</th><th scope="col">${msg("campaigns.deadline")}</th></tr></thead>
<tbody>
<#list campaigns as c><tr><th scope="row"><a href="${root}${c.href}">${c.name}</a></th><td><@layout.status c.status/></td><td class="num"><@layout.nodata c.share/></td><td class="num"><@layout.nodata c.expected/></td><td>${c.deadline}</td></tr></#list>
</tbody>
</table></div>
<p><a href="${root}campaigns.html">${msg("overview.campaigns.all")}</a></p>
</section>
</#if>

<section aria-labelledby="change">
<h2 id="change">${msg("overview.change")}</h2>
<p>${msg("overview.change.intro")}</p>
<@figures.distributionFigure distributionChart levels distribution/>
</section>

<#if exemptions>
<section aria-labelledby="exemptions">
<h2 id="exemptions">${msg("overview.exemptions")}</h2>
<p>${msg("overview.exemptions.intro", period)}</p>
<#if exemptTeams?has_content>
<ul>
<#list exemptTeams as t><li><a href="${root}${t.href}">${t.name}</a>: ${msg("exempt.checks", t.checks)}</li></#list>
</ul>
<#if exemptCount gt exemptTeams?size><p><a href="${root}${exemptHref}">${msg("overview.exemptions.all", exemptCount)}</a></p></#if>
<#else>
<p>${msg("overview.exemptions.none", period)}</p>
</#if>
<#if expiredExemptions gt 0><p>${msg("overview.exemptions.expired", expiredExemptions)}</p></#if>
</section>
</#if>

<#if secondLook>
<section aria-labelledby="second-look">
<h2 id="second-look">${msg("second-look.heading")}</h2>
<p>${msg("overview.second-look.intro", levelJump, period)}</p>
<#if flagged?has_content>
<ul class="flagged-short">
<#list flagged as f><li><a href="${root}${f.href}">${f.name}</a>: ${f.summary}</li></#list>
</ul>
<p><a href="${root}${secondLookHref}">${msg("overview.second-look.all", period, flaggedCount)}</a></p>
<#else>
<p>${msg("overview.second-look.none", period)}</p>
</#if>
</section>

</#if>
<#if stale?has_content>
<section aria-labelledby="stale" class="callout">
<h2 id="stale">${msg("overview.stale")}</h2>
<p>${msg("overview.stale.intro")}</p>
<ul>
<#list stale as t><li><a href="${root}${t.href}">${t.name}</a>: ${msg("overview.stale.latest")} <span class="period">${t.latest}</span></li></#list>
</ul>
<#if staleCount gt stale?size><p>${msg("overview.stale.first", stale?size, staleCount)} <a href="${root}${staleHref}">${msg("overview.stale.all")}</a>.</p></#if>
</section>
</#if>

<section aria-labelledby="dimensions">
<h2 id="dimensions">${msg("overview.dimensions")}</h2>
<p>${msg("overview.dimensions.intro")}</p>
<div class="scroll" role="region" tabindex="0" aria-labelledby="dimensions-table"><table>
<caption id="dimensions-table">${msg("overview.dimensions.caption")}</caption>
<thead><tr><th scope="col">${msg("column.dimension")}</th><#list levels as l><th scope="col"><@layout.level l/></th></#list></tr></thead>
<tbody>
<#list dimensionLevels as d><tr><th scope="row"><#if d.href?has_content><a href="${root}${d.href}">${d.name}</a><#else>${d.name}</#if></th><#list d.counts as c><td class="num">${c}</td></#list></tr></#list>
</tbody>
</table></div>
</section>

<section aria-labelledby="teams">
<h2 id="teams">${msg("overview.teams")}</h2>
<p>${msg("overview.teams.intro")} ${msg("overview.teams.index", directory.teams)}<#if directory.byName?size gt 1>, ${msg("overview.teams.in-parts")}</#if>; ${msg("overview.teams.levels")}</p>
<h3 id="by-name">${msg("overview.teams.by-name")}</h3>
<ul class="directory">
<#if directory.byName?size == 1><li><a href="${root}${directory.byName[0].href}">${msg("overview.teams.all-by-name", directory.teams)}</a></li><#else><#list directory.byName as p><li><a href="${root}${p.href}">${p.label}</a></li></#list></#if>
</ul>
<h3 id="by-tribe">${msg("overview.teams.by-tribe")}</h3>
<ul class="directory">
<#if directory.byTribe?size == 1><li><a href="${root}${directory.byTribe[0].href}">${msg("overview.teams.all-by-tribe", directory.teams)}</a></li><#else><#list directory.byTribe as p><li><a href="${root}${p.href}">${p.label}</a></li></#list></#if>
</ul>
<p><a href="${root}tribes/index.html">${msg("overview.teams.tribes", directory.tribes)}</a></p>
</section>

<#if leaderboard && ranking?has_content>
<section aria-labelledby="ranking">
<h2 id="ranking">${msg("overview.ranking")}</h2>
<p>${msg("overview.ranking.intro", period)}</p>
<ol>
<#list ranking as r><li><a href="${root}${r.href}">${r.name}</a>: ${r.score} (<@layout.level r.level/>)</li></#list>
</ol>
<#if rankingCount gt ranking?size><p>${msg("overview.ranking.first", ranking?size, rankingCount)} <a href="${root}${rankingHref}">${msg("overview.ranking.all")}</a>.</p></#if>
</section>
</#if>
</@layout.page>
