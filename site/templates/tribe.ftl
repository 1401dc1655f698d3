<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "figures.ftl" as figures>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site>
<h1>Tribe ${tribe.name}</h1>
<p class="lead">${tribe.teamCount} team<#if tribe.teamCount != 1>s</#if><#if period?has_content>; period <strong>${period}</strong>: ${assessed} assessed<#if previousPeriod?has_content>, changes are against ${previousPeriod}</#if></#if>. Every figure is computed as the organisation's, over this tribe's teams only.</p>

<#if headlines?has_content>
<section aria-labelledby="headlines">
<h2 id="headlines">Headline figures</h2>
<@figures.cards headlines/>
</section>

<section aria-labelledby="adoption">
<h2 id="adoption">Voluntary adoption of the platform's products</h2>
<p>Share of the tribe's teams assessed in ${period} that use each product because they chose to. Mandated use is shown beside it and never added to it.</p>
<@figures.adoptionTable adoption period root/>
</section>
<#elseif period?has_content>
<p class="callout">No team of this tribe was assessed in ${period}; the figures below are from earlier periods.</p>
</#if>

<section aria-labelledby="change">
<h2 id="change">The change over time</h2>
<p>How many of the tribe's teams stand at each overall level in each period.</p>
<@figures.distributionFigure distributionChart levels distribution/>
</section>

<section aria-labelledby="figures">
<h2 id="figures">Figures by period</h2>
<p>Over the tribe's teams assessed in each period. A team without a value counts as not having it in a share; a mean or sum of no values is "no data".</p>
<figure>
${coverageChart?no_esc}
<figcaption>
<@layout.periodTable "figures-table" "Roll-up of ${tribe.name}, by period" history; part, h>
<#if part == "head"><tr><th scope="col">Period</th><th scope="col">Teams assessed</th><th scope="col">DevOps-buddy coverage</th><th scope="col">Trained</th><th scope="col">With a backup</th><th scope="col">CSAT</th><th scope="col">NPS</th><th scope="col">Responses</th><th scope="col">Incidents</th><th scope="col">Hours saved</th></tr>
<#elseif part == "row"><tr><th scope="row">${h.period}</th><td class="num">${h.teams}</td><td class="num">${h.coverage}</td><td class="num">${h.trained}</td><td class="num">${h.backup}</td><td class="num"><@layout.nodata h.csat/></td><td class="num"><@layout.nodata h.nps/></td><td class="num"><@layout.nodata h.responses/></td><td class="num"><@layout.nodata h.incidents/></td><td class="num"><@layout.nodata h.hours/></td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<#if ownMetrics?has_content>
<section aria-labelledby="own-metrics">
<h2 id="own-metrics">The model's own metrics, by period</h2>
<p>Each metric the model adds, over the tribe's teams assessed in each period. A figure of no values is "no data", never zero.</p>
<@figures.ownMetrics ownMetrics/>
</section>

</#if>
<section aria-labelledby="teams">
<h2 id="teams">Teams</h2>
<p>Each team's latest assessment, listed by name, not ranked.</p>
<@lists.teams teamsList root/>
</section>
</@layout.page>
