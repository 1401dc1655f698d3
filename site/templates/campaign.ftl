<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "propose-change.ftl" as proposeChange>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active="campaigns">
<h1>${campaign.name}</h1>
<p class="lead"><@layout.status campaign.status/> · ${campaign.target} of ${campaign.scope} by ${campaign.deadline}</p>
<#if description?has_content><div class="description">${description?no_esc}</div></#if>
<dl class="facts">
<dt>Goal</dt><dd>${campaign.goal}</dd>
<dt>Scope</dt><dd>${campaign.scope}</dd>
<dt>Target</dt><dd>${campaign.target} of the teams in scope</dd>
<dt>From</dt><dd>${campaign.start} to ${campaign.deadline}</dd>
<#if owner?has_content><dt>Owner</dt><dd>${owner}</dd></#if>
</dl>
<@proposeChange.link editHref "campaign"/>

<section aria-labelledby="burn-up">
<h2 id="burn-up">Progress against the plan</h2>
<#if progress?has_content>
<figure>
${chart?no_esc}
<figcaption>
<@layout.periodTable "progress-table" "Teams meeting the goal of ${campaign.name}, by period" progress; part, p>
<#if part == "head"><tr><th scope="col">Period</th><th scope="col">Teams in scope</th><th scope="col">Meeting the goal</th><th scope="col">Share</th><th scope="col">Expected</th></tr>
<#elseif part == "row"><tr><th scope="row">${p.period}</th><td class="num">${p.inScope}</td><td class="num">${p.meeting}</td><td class="num"><@layout.nodata p.share/></td><td class="num">${p.expected}</td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
<#else>
<p>The campaign starts in ${campaign.start}, after the current period ${site.period}.</p>
</#if>
</section>

<section aria-labelledby="not-yet">
<h2 id="not-yet">Teams not meeting the goal yet</h2>
<#if notMeeting?has_content>
<@lists.standings notMeetingList root/>
<#elseif progress?has_content>
<p>Every team in scope meets the goal.</p>
<#else>
<p>None yet.</p>
</#if>
</section>

<section aria-labelledby="badge">
<h2 id="badge">Badge for a README</h2>
<p class="badge-preview">${badge.svg?no_esc}</p>
<p>The badge shows the campaign's status and the share of teams meeting its goal; it is rebuilt with the site, at <a href="${root}${badge.href}">${badge.href}</a>. To show it in a README, paste this Markdown<#if !badge.absolute> and put the site's address before both paths, which are relative to the site's root</#if>:</p>
<pre class="snippet"><code>${badge.markdown}</code></pre>
</section>
</@layout.page>
