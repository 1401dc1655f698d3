<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "figures.ftl" as figures>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site>
<h1>${msg("team.tribe", tribe.name)}</h1>
<p class="lead">${msg("tribe.lead.teams", tribe.teamCount)}<#if period?has_content>; ${msg("tribe.lead.period")} <strong>${period}</strong>: ${msg("tribe.lead.assessed", assessed)}<#if previousPeriod?has_content>, ${msg("overview.lead.against", previousPeriod)}</#if></#if>. ${msg("tribe.lead.figures")}</p>

<#if headlines?has_content>
<section aria-labelledby="headlines">
<h2 id="headlines">${msg("overview.headlines")}</h2>
<@figures.cards headlines/>
</section>

<section aria-labelledby="adoption">
<h2 id="adoption">${msg("overview.adoption")}</h2>
<p>${msg("tribe.adoption.intro", period)}</p>
<@figures.adoptionTable adoption period root/>
</section>
<#elseif period?has_content>
<p class="callout">${msg("tribe.not-assessed", period)}</p>
</#if>

<section aria-labelledby="change">
<h2 id="change">${msg("overview.change")}</h2>
<p>${msg("tribe.change.intro")}</p>
<@figures.distributionFigure distributionChart levels distribution/>
</section>

<section aria-labelledby="figures">
<h2 id="figures">${msg("tribe.figures")}</h2>
<p>${msg("tribe.figures.intro")}</p>
<figure>
${coverageChart?no_esc}
<figcaption>
<@layout.periodTable "figures-table" msg("tribe.figures.caption", tribe.name) history true; part, h>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><th scope="col">${msg("metrics.teams-assessed")}</th><th scope="col">${msg("lists.tribes.coverage")}</th><th scope="col">${msg("tribe.figures.trained")}</th><th scope="col">${msg("tribe.figures.backup")}</th><th scope="col">${msg("lists.tribes.csat")}</th><th scope="col">${msg("lists.tribes.nps")}</th><th scope="col">${msg("team.satisfaction.responses")}</th><th scope="col">${msg("tribe.figures.incidents")}</th><th scope="col">${msg("tribe.figures.hours")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${h.period}</th><td>${h.teams}</td><td>${h.coverage}</td><td>${h.trained}</td><td>${h.backup}</td><td><@layout.nodata h.csat/></td><td><@layout.nodata h.nps/></td><td><@layout.nodata h.responses/></td><td><@layout.nodata h.incidents/></td><td><@layout.nodata h.hours/></td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<#if ownMetrics?has_content>
<section aria-labelledby="own-metrics">
<h2 id="own-metrics">${msg("tribe.own-metrics")}</h2>
<p>${msg("tribe.own-metrics.intro")}</p>
<@figures.ownMetrics ownMetrics/>
</section>

</#if>
<section aria-labelledby="teams">
<h2 id="teams">${msg("tribe.teams")}</h2>
<p>${msg("tribe.teams.intro")}</p>
<@lists.teams teamsList root/>
</section>
</@layout.page>
