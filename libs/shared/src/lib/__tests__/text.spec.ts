import { escapeHtml } from '../text';

describe('escapeHtml', () => {
  it('makes markup inert and leaves other text alone', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'å'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;å&#39;');
    expect(escapeHtml('Jämställd service')).toBe('Jämställd service');
  });
});
