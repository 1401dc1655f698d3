<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#include "jbake-site.ftl">
<#assign root = rootOf(config.archive_file)>
<@layout.page title="Change journal" root=root site=site active="journal">
<h1>Change journal</h1>
<p class="lead">How the platform team works on becoming a product, in its own words; newest first. Also as an <a href="${root}feed.xml">Atom feed</a>.</p>
<#if published_posts?has_content>
<ul class="post-list">
<#list published_posts as post>
<li><a href="${root}${post.uri}">${post.title!"Untitled"}</a> <span class="post-date"><time datetime="${post.date?string("yyyy-MM-dd")}">${post.date?string("d MMMM yyyy")}</time></span></li>
</#list>
</ul>
<#else>
<p>No journal entries yet. Add Markdown files under <code>content/journal/</code>.</p>
</#if>
</@layout.page>
