// The CDN bundle's entry: every element registered, for one <script type="module"> tag on a CMS page.
import './index.js';
