import { escapeHtml, markup } from '../../../src/api/html';

describe('HTML built with the markup template', () => {
  it('escapes every interpolated text, in elements and in quoted attributes', () => {
    const typed = `"><script>alert('x')</script>&`;
    expect(markup`<p title="${typed}">${typed}</p>`.text).toBe(
      '<p title="&#34;&#62;&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;">' +
        '&#34;&#62;&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;</p>',
    );
    expect(escapeHtml(typed)).not.toMatch(/[<>"'&](?!#)/);
  });

  it('places fragments it made as they are, and leaves nothing for null, undefined and false', () => {
    const items = ['a', '<b>'].map((t) => markup`<li>${t}</li>`);
    expect(markup`<ul>${items}</ul>${null}${undefined}${false}${3}`.text).toBe(
      '<ul><li>a</li><li>&#60;b&#62;</li></ul>3',
    );
  });
});
