<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site>
<h1>${product.name}</h1>
<#if product.description?has_content><div class="description">${product.description?no_esc}</div></#if>
<dl class="facts">
<#if product.owner?has_content><dt>Owner</dt><dd>${product.owner}</dd></#if>
<#if product.since?has_content><dt>Available since</dt><dd>${product.since}</dd></#if>
</dl>

<section aria-labelledby="adoption">
<h2 id="adoption">Adoption over time</h2>
<p>Shares of the teams assessed in each period. Voluntary and mandated use are shown side by side and never added together: only voluntary use says that teams want the product.</p>
<figure>
${adoptionChart?no_esc}
<figcaption>
<@layout.periodTable "adoption-table" "Adoption and rating of ${product.name}, by period" history; part, h>
<#if part == "head"><tr><th scope="col">Period</th><th scope="col">Voluntary</th><th scope="col">Mandated</th><th scope="col">Mean rating</th><th scope="col">Ratings</th><th scope="col">Teams assessed</th></tr>
<#elseif part == "row"><tr><th scope="row">${h.period}</th><td class="num">${h.voluntary} (${h.voluntaryTeams})</td><td class="num">${h.mandated} (${h.mandatedTeams})</td><td class="num"><@layout.nodata h.rating/></td><td class="num">${h.ratings}</td><td class="num">${h.teams}</td></tr>
</#if>
</@layout.periodTable>
</figcaption>
</figure>
</section>

<section aria-labelledby="ratings">
<h2 id="ratings">Ratings over time</h2>
<p>Mean of the 1–5 ratings teams gave; the table above shows how many ratings stand behind each mean.</p>
${ratingChart?no_esc}
</section>

<section aria-labelledby="users">
<h2 id="users">Teams using it<#if period?has_content> in ${period}</#if></h2>
<#if users?has_content>
<@lists.productUsers usersList root/>
<#else>
<p>No team reported using it<#if period?has_content> in ${period}</#if>.</p>
</#if>
</section>
</@layout.page>
