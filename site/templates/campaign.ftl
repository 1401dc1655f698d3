<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "propose-change.ftl" as proposeChange>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active="campaigns">
<h1>${campaign.name}</h1>
<p class="lead"><@layout.status campaign.status/> · ${msg("campaign.goal", campaign.target, campaign.scope, campaign.deadline)}</p>
<#if description?has_content><div class="description">${description?no_esc}</div></#if>
<dl class="facts">
<dt>${msg("campaign.facts.goal")}</dt><dd>${campaign.goal}</dd>
<dt>${msg("campaign.facts.scope")}</dt><dd>${campaign.scope}</dd>
<dt>${msg("campaign.facts.target")}</dt><dd>${msg("campaign.facts.target.value", campaign.target)}</dd>
<dt>${msg("campaign.facts.from")}</dt><dd>${msg("campaign.facts.from.value", campaign.start, campaign.deadline)}</dd>
<#if owner?has_content><dt>${msg("campaign.facts.owner")}</dt><dd>${owner}</dd></#if>
</dl>
<@proposeChange.link editHref "campaign"/>

<section aria-labelledby="burn-up">
<h2 id="burn-up">${msg("campaign.progress")}</h2>
<#if progress?has_content>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "progress-table" msg("campaign.progress.caption", campaign.name) progress; part, p>
<#if part == "head"><tr><th scope="col">${msg("column.period")}</th><th scope="col">${msg("campaign.progress.in-scope")}</th><th scope="col">${msg("campaigns.meeting")}</th><th scope="col">${msg("campaign.progress.share")}</th><th scope="col">${msg("campaign.progress.expected")}</th></tr>
<#elseif part == "row"><tr><th scope="row">${p.period}</th><td class="num">${p.inScope}</td><td class="num">${p.meeting}</td><td class="num"><@layout.nodata p.share/></td><td class="num">${p.expected}</td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
<#else>
<p>${msg("campaign.progress.later", campaign.start, site.period)}</p>
</#if>
</section>

<section aria-labelledby="not-yet">
<h2 id="not-yet">${msg("campaign.not-yet")}</h2>
<#if notMeeting?has_content>
<@lists.standings notMeetingList root/>
<#elseif progress?has_content>
<p>${msg("campaign.not-yet.all-meet")}</p>
<#else>
<p>${msg("campaign.not-yet.none")}</p>
</#if>
</section>

<section aria-labelledby="badge">
<h2 id="badge">${msg("campaign.badge")}</h2>
<p class="badge-preview">${badge.svg?no_esc}</p>
<#assign badgeLink><a href="${root}${badge.href}">${badge.href}</a></#assign>
<p>${msg("campaign.badge.intro", badgeLink)}<#if !badge.absolute> ${msg("badge.relative")}</#if>:</p>
<pre class="snippet"><code>${badge.markdown}</code></pre>
</section>
</@layout.page>
